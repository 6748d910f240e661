package nl.kopgroep.joint;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.database.DemoDataPolicy;
import nl.kopgroep.goals.GoalDirectory;
import nl.kopgroep.organisation.OrganisationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo joint programme's shared opgaven, with WORK goals of participants of both municipalities linked: the
 * energy opgave has enough Voorbeeldstad goals to show figures, Lindendal's four participants stay under the
 * five-person rule, so its part shows only that.
 */
@Component
@Order(560)
class DemoJointOpgaven implements ApplicationRunner {

    static final String ENERGY = "Samen werken aan de energietransitie";
    static final String SERVICE = "Dienstverlening dichtbij";
    private static final Logger log = LoggerFactory.getLogger(DemoJointOpgaven.class);

    private final DemoDataPolicy policy;
    private final JointProgrammeStore programmes;
    private final JointOpgaveStore store;
    private final OrganisationDirectory organisations;
    private final GoalDirectory goals;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoJointOpgaven(DemoDataPolicy policy, JointProgrammeStore programmes, JointOpgaveStore store,
                     OrganisationDirectory organisations, GoalDirectory goals, TransactionTemplate transaction,
                     Clock clock) {
        this.policy = policy;
        this.programmes = programmes;
        this.store = store;
        this.organisations = organisations;
        this.goals = goals;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.enabled()) {
            return;
        }
        JointProgrammeRef programme = programmes.all().stream().filter(p -> p.name().equals(DemoJointProgramme.NAME))
                .findFirst().orElse(null);
        if (programme == null || !store.opgaven(programme.id()).isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load(programme.id()));
        log.info("Demo data loaded: opgaven of the joint programme with linked WORK goals");
    }

    private void load(JointProgrammeId programme) {
        Instant now = clock.instant();
        long energy = store.add(programme, ENERGY, "Beide gemeenten maken de regionale energiestrategie waar: "
                + "wijkaanpak, zon op daken en energiearmoede tegengaan.", null, now);
        long service = store.add(programme, SERVICE, "Inwoners en ondernemers vinden de gemeente dichtbij: "
                + "één aanspreekpunt, spreekuren in wijk en dorp.", null, now);
        store.add(programme, "Wonen voor jong en oud", "Betaalbare woningen en doorstroming in de regio.", null, now);
        for (OrganisationId organisation : programmes.members(programme)) {
            List<UserId> people = organisations.activeParticipants(organisation).values().stream()
                    .flatMap(List::stream).distinct().sorted(java.util.Comparator.comparingLong(UserId::value)).toList();
            Map<UserId, List<Long>> ids = goals.goalIdsOf(people);
            List<Long> all = new ArrayList<>();
            ids.values().forEach(all::addAll);
            Map<Long, GoalDirectory.WorkGoalFact> work = goals.workGoalFacts(all);
            int index = 0;
            for (UserId person : people) {
                Long goal = ids.getOrDefault(person, List.of()).stream().filter(work::containsKey).findFirst().orElse(null);
                if (goal == null) {
                    continue;
                }
                // most goals serve the energy opgave, every third the service one, a few none
                if (index % 6 != 5) {
                    store.link(goal, index % 3 == 2 ? service : energy, person, organisation, now);
                }
                index++;
            }
        }
    }
}
