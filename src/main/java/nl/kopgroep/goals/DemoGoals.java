package nl.kopgroep.goals;

import static nl.kopgroep.base.DbTime.utc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.agreement.AgreementDirectory;
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
 * Goals for the Voorbeeldstad participants, so a manager sees a living picture: a work goal tied to
 * commitments of the demo agreement and a learning goal each, with key results and a monthly
 * check-in since the kopgroep started (a few participants are behind with theirs). Demo only: plain
 * SQL and backdated rows.
 */
@Component
@Order(500)
class DemoGoals implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGoals.class);
    private static final List<String> WORK = List.of(
            "Meer betaalbare woningen door één loket voor bouwinitiatieven",
            "Jeugdhulp dichterbij via de huisartsen",
            "Wijkgerichte aanpak energiearmoede",
            "Werkgevers en werkzoekenden vinden elkaar in het werkcentrum",
            "Veilige schoolroutes samen met ouders",
            "Inwoners denken mee via de digitale wijkagenda");
    private static final List<String> LEARNING = List.of(
            "Eerder nee zeggen en uitleggen waarom", "Verbinden met partijen buiten mijn vakgebied",
            "Politiek sensitiever adviseren", "Kleine stappen zichtbaar maken");
    private static final List<String> COMPETENCIES = List.of("zelfreflectie", "verbinden", "politieke-sensitiviteit",
            "wendbaarheid");
    private static final String[] STATUS = {"ON_TRACK", "ON_TRACK", "ATTENTION", "ON_TRACK", "OFF_TRACK", "ATTENTION"};

    private final DemoDataPolicy policy;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final OrganisationDirectory directory;
    private final AgreementDirectory agreements;

    DemoGoals(DemoDataPolicy policy, JdbcClient jdbc, Clock clock, OrganisationDirectory directory,
              AgreementDirectory agreements) {
        this.policy = policy;
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
        this.agreements = agreements;
    }

    /** The municipal roles each demo goal calls on, by its title (issue 14: the four-roles balance). */
    private static final Map<String, List<MunicipalRole>> ROLES = Map.ofEntries(
            Map.entry(WORK.get(0), List.of(MunicipalRole.PRESTEREND, MunicipalRole.PARTICIPEREND)),
            Map.entry(WORK.get(1), List.of(MunicipalRole.NETWERKEND)),
            Map.entry(WORK.get(2), List.of(MunicipalRole.NETWERKEND, MunicipalRole.PARTICIPEREND)),
            Map.entry(WORK.get(3), List.of(MunicipalRole.NETWERKEND, MunicipalRole.PRESTEREND)),
            Map.entry(WORK.get(4), List.of(MunicipalRole.PARTICIPEREND, MunicipalRole.RECHTMATIG)),
            Map.entry(WORK.get(5), List.of(MunicipalRole.PARTICIPEREND)),
            Map.entry(LEARNING.get(0), List.of(MunicipalRole.RECHTMATIG)),
            Map.entry(LEARNING.get(1), List.of(MunicipalRole.NETWERKEND)),
            Map.entry(LEARNING.get(2), List.of(MunicipalRole.RECHTMATIG, MunicipalRole.PRESTEREND)),
            Map.entry(LEARNING.get(3), List.of(MunicipalRole.PRESTEREND)));

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!policy.enabled()) {
            return;
        }
        if (jdbc.sql("SELECT COUNT(*) FROM goal").query(Long.class).single() == 0) {
            load();
        }
        if (jdbc.sql("SELECT COUNT(*) FROM goal_role").query(Long.class).single() == 0) {
            tagRoles();
        }
    }

    /**
     * Tags the demo goals and their check-ins with roles, also in a demo database loaded before roles
     * existed. The first check-ins of a work goal lean on the presterende rol (planning, milestones), later ones
     * on the goal's own roles, and every third says nothing: the balance view shows change and "zonder rol".
     */
    private void tagRoles() {
        record Row(long goal, String title, long checkIn) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT g.id, g.title, COALESCE(c.id, 0) FROM goal g LEFT JOIN check_in c ON c.goal_id = g.id
                        ORDER BY g.id, c.created_at, c.id""")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
        long goal = -1;
        int index = 0;
        int tagged = 0;
        for (Row row : rows) {
            List<MunicipalRole> roles = ROLES.get(row.title());
            if (roles == null) {
                continue;
            }
            if (row.goal() != goal) {
                goal = row.goal();
                index = 0;
                roles.forEach(role -> jdbc.sql("INSERT INTO goal_role (goal_id, role) VALUES (?, ?)")
                        .params(row.goal(), role.name()).update());
                tagged++;
            }
            if (row.checkIn() == 0) {
                continue;
            }
            index++;
            List<MunicipalRole> now = index % 3 == 0 ? List.of()
                    : index <= 2 && WORK.contains(row.title()) ? List.of(MunicipalRole.PRESTEREND) : roles;
            now.forEach(role -> jdbc.sql("INSERT INTO check_in_role (check_in_id, role) VALUES (?, ?)")
                    .params(row.checkIn(), role.name()).update());
        }
        log.info("Demo goals tagged with municipal roles: {} goals", tagged);
    }

    private void load() {
        OrganisationId voorbeeldstad = directory.organisationByCode("voorbeeldstad").orElse(null);
        if (voorbeeldstad == null) {
            return;
        }
        List<String> codes = agreements.commitmentCodesInForce(voorbeeldstad);
        List<Long> participants = directory.activeParticipants(voorbeeldstad).values().stream().flatMap(List::stream)
                .map(UserId::value).distinct().sorted().toList();
        if (codes.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        int checkIns = 0;
        for (int p = 0; p < participants.size(); p++) {
            long owner = participants.get(p);
            long organisation = voorbeeldstad.value();
            Instant created = now.minus(Duration.ofDays(220));
            long work = goal(owner, organisation, "WORK", WORK.get(p % WORK.size()), created);
            link(work, "COMMITMENT", codes.get((p * 3) % codes.size()));
            if (p % 2 == 0) {
                link(work, "COMMITMENT", codes.get((p * 3 + 1) % codes.size()));
            }
            long learning = goal(owner, organisation, "LEARNING", LEARNING.get(p % LEARNING.size()), created);
            link(learning, "COMPETENCY", COMPETENCIES.get(p % COMPETENCIES.size()));
            long result = keyResult(work, "Betrokken partijen aan tafel", "partijen", 0, 8);
            long learnResult = keyResult(learning, "Momenten besproken met mijn coach", "momenten", 0, 6);
            int months = p % 5 == 4 ? 5 : 7;
            String status = "ON_TRACK";
            for (int m = 1; m <= months; m++) {
                Instant at = created.plus(Duration.ofDays(30L * m));
                String next = STATUS[(p + m) % STATUS.length];
                boolean worse = rank(next) > rank(status);
                int confidence = next.equals("OFF_TRACK") ? 4 : next.equals("ATTENTION") ? 6 : 8;
                String explanation = worse || confidence <= 4
                        ? "Een partner schoof de planning op; we zoeken een nieuwe datum." : null;
                checkIn(work, at, next, confidence, explanation, m * 8 / 7, result);
                checkIn(learning, at, "ON_TRACK", 7, null, Math.min(6, m), learnResult);
                status = next;
                checkIns += 2;
            }
            jdbc.sql("UPDATE goal SET status = ? WHERE id = ?").params(status, work).update();
        }
        log.info("Demo goals loaded: {} participants, {} check-ins", participants.size(), checkIns);
    }

    private long goal(long owner, long organisation, String kind, String title, Instant at) {
        jdbc.sql("INSERT INTO goal (owner_id, organisation_id, kind, title, status, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, 'ON_TRACK', ?, ?)")
                .params(owner, organisation, kind, title, utc(at), utc(at)).update();
        return jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
    }

    private void link(long goal, String type, String target) {
        jdbc.sql("INSERT IGNORE INTO goal_link (goal_id, link_type, target) VALUES (?, ?, ?)").params(goal, type, target).update();
    }

    private long keyResult(long goal, String title, String unit, int baseline, int target) {
        jdbc.sql("INSERT INTO key_result (goal_id, title, unit, baseline, target, current_value, position) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 0)")
                .params(goal, title, unit, BigDecimal.valueOf(baseline), BigDecimal.valueOf(target), BigDecimal.valueOf(baseline))
                .update();
        return jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
    }

    private void checkIn(long goal, Instant at, String status, int confidence, String explanation, int value, long result) {
        jdbc.sql("INSERT INTO check_in (goal_id, created_at, status, confidence, explanation) VALUES (?, ?, ?, ?, ?)")
                .params(goal, utc(at), status, confidence, explanation).update();
        jdbc.sql("INSERT INTO check_in_value (check_in_id, key_result_id, value, status) VALUES (LAST_INSERT_ID(), ?, ?, ?)")
                .params(result, BigDecimal.valueOf(value), status).update();
        jdbc.sql("UPDATE key_result SET current_value = ? WHERE id = ?").params(BigDecimal.valueOf(value), result).update();
    }

    private static int rank(String status) {
        return switch (status) {
            case "OFF_TRACK" -> 2;
            case "ATTENTION" -> 1;
            default -> 0;
        };
    }
}
