package nl.kopgroep.goals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.kopgroep.agreement.AgreementDirectory;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.database.DemoDataPolicy;
import nl.kopgroep.organisation.OrganisationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * WORK goals for the Lindendal participants (issue 15), tied to Lindendal's own coalition agreement, so the
 * joint programme's opgaven have goals from both municipalities. Demo only: plain SQL and backdated rows.
 */
@Component
@Order(510)
class DemoWorkGoals implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkGoals.class);
    private static final List<String> TITLES = List.of(
            "Zonnepanelen op de daken van sportaccommodaties",
            "Eén aanspreekpunt voor ondernemers in de kernen",
            "Warmteplan per dorp samen met de energiecoöperatie",
            "Spreekuur van de gemeente in het dorpshuis");
    private static final String[] STATUS = {"ON_TRACK", "ATTENTION", "ON_TRACK", "OFF_TRACK"};

    private final DemoDataPolicy policy;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final OrganisationDirectory directory;
    private final AgreementDirectory agreements;

    DemoWorkGoals(DemoDataPolicy policy, JdbcClient jdbc, Clock clock, OrganisationDirectory directory,
                  AgreementDirectory agreements) {
        this.policy = policy;
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
        this.agreements = agreements;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!policy.enabled()) {
            return;
        }
        OrganisationId lindendal = directory.organisationByCode("lindendal").orElse(null);
        if (lindendal == null || jdbc.sql("SELECT COUNT(*) FROM goal WHERE organisation_id = ?")
                .param(lindendal.value()).query(Long.class).single() > 0) {
            return;
        }
        List<String> codes = agreements.commitmentCodesInForce(lindendal);
        List<Long> participants = directory.activeParticipants(lindendal).values().stream().flatMap(List::stream)
                .map(UserId::value).distinct().sorted().toList();
        Instant created = clock.instant().minus(Duration.ofDays(150));
        for (int p = 0; p < participants.size(); p++) {
            jdbc.sql("INSERT INTO goal (owner_id, organisation_id, kind, title, status, created_at, updated_at) "
                            + "VALUES (?, ?, 'WORK', ?, ?, ?, ?)")
                    .params(participants.get(p), lindendal.value(), TITLES.get(p % TITLES.size()),
                            STATUS[p % STATUS.length], DbTime.utc(created), DbTime.utc(created)).update();
            long goal = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
            if (!codes.isEmpty()) {
                jdbc.sql("INSERT IGNORE INTO goal_link (goal_id, link_type, target) VALUES (?, 'COMMITMENT', ?)")
                        .params(goal, codes.get(p % codes.size())).update();
            }
            jdbc.sql("INSERT INTO key_result (goal_id, title, unit, baseline, target, current_value, position) "
                            + "VALUES (?, 'Afspraken met partners vastgelegd', 'afspraken', ?, ?, ?, 0)")
                    .params(goal, BigDecimal.ZERO, BigDecimal.valueOf(4), BigDecimal.valueOf(1 + p % 3)).update();
        }
        log.info("Demo WORK goals loaded for Lindendal: {} participants", participants.size());
    }
}
