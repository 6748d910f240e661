package nl.kopgroep.joint;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.database.DemoDataPolicy;
import nl.kopgroep.organisation.OrganisationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's joint programme: Voorbeeldstad and Lindendal run the programme together, with
 * Lindendal — the smaller municipality, not the host of the installation — as regiegemeente.
 */
@Component
@Order(DemoJointProgramme.ORDER)
class DemoJointProgramme implements ApplicationRunner {

    static final int ORDER = 160;
    static final String NAME = "Kopgroep Lindendal–Voorbeeldstad";
    private static final Logger log = LoggerFactory.getLogger(DemoJointProgramme.class);

    private final DemoDataPolicy policy;
    private final OrganisationDirectory organisations;
    private final JointProgrammeStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoJointProgramme(DemoDataPolicy policy, OrganisationDirectory organisations, JointProgrammeStore store,
                       TransactionTemplate transaction, Clock clock) {
        this.policy = policy;
        this.organisations = organisations;
        this.store = store;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.enabled() || store.exists(NAME)) {
            return;
        }
        Optional<OrganisationId> voorbeeldstad = organisations.organisationByCode("voorbeeldstad");
        Optional<OrganisationId> lindendal = organisations.organisationByCode("lindendal");
        if (voorbeeldstad.isEmpty() || lindendal.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load(voorbeeldstad.get(), lindendal.get()));
        log.info("Demo data loaded: joint programme '{}' with Lindendal as regiegemeente", NAME);
    }

    private void load(OrganisationId voorbeeldstad, OrganisationId lindendal) {
        Instant now = clock.instant();
        JointProgrammeId programme = store.create(NAME,
                "Twee gemeenten, één kopgroep-programma: gezamenlijke bijeenkomsten en gedeelde opgaven rond "
                        + "wonen en de regionale energiestrategie.", lindendal, null, now);
        store.addMember(programme, lindendal, now);
        store.addMember(programme, voorbeeldstad, now);
        for (OrganisationId organisation : java.util.List.of(lindendal, voorbeeldstad)) {
            for (CohortId cohort : organisations.activeParticipants(organisation).keySet()) {
                store.attachCohort(programme, cohort, organisation, null, now);
            }
        }
    }
}
