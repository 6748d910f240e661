package nl.kopgroep.review;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.kopgroep.base.database.DemoDataPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coaches' side of the demo: entries they answered are marked reviewed with a depth, each coach
 * has a small comment library, and a private note or two per coachee. Demo only (plain SQL).
 */
@Component
@Order(400)
class DemoReview implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReview.class);
    private static final List<String> COMMENTS = List.of(
            "Wat zou je de volgende keer als eerste anders doen?",
            "Wat zegt dit over jouw manier van werken?",
            "Wie zou je hier nog meer bij kunnen betrekken?",
            "Welke afspraak uit het collegeakkoord raakt dit?");
    private static final List<String> NOTES = List.of(
            "Wil oefenen met nee zeggen tegen de lijn; komt terug in volgend gesprek.",
            "Sterk in verbinden met bewoners, vermijdt het gesprek met het bestuur.",
            "Reflecties worden duidelijk dieper; benoemen in de halfjaarlijkse evaluatie.");
    private static final String[] DEPTHS = {"DESCRIBING", "ANALYSING", "TRANSFORMING"};

    private final DemoDataPolicy policy;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoReview(DemoDataPolicy policy, JdbcClient jdbc, Clock clock) {
        this.policy = policy;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("SELECT COUNT(*) FROM comment_template").query(Long.class).single() > 0;
        if (!policy.enabled() || loaded) {
            return;
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<long[]> answered = jdbc.sql("""
                        SELECT DISTINCT f.reflection_id, f.author_id FROM reflection_feedback f
                        JOIN reflection r ON r.id = f.reflection_id WHERE f.author_id <> r.author_id""")
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        for (int i = 0; i < answered.size(); i++) {
            jdbc.sql("INSERT INTO reflection_review (reflection_id, coach_id, depth, reviewed_at) VALUES (?, ?, ?, ?)")
                    .params(answered.get(i)[0], answered.get(i)[1], DEPTHS[i % DEPTHS.length], now.minusDays(10))
                    .update();
        }
        List<Long> coaches = jdbc.sql("""
                        SELECT DISTINCT ca.coach_id FROM coach_assignment ca JOIN cohort c ON c.id = ca.cohort_id
                        JOIN organisation o ON o.id = c.organisation_id WHERE o.code = 'voorbeeldstad'""")
                .query(Long.class).list();
        for (long coach : coaches) {
            for (String comment : COMMENTS) {
                jdbc.sql("INSERT INTO comment_template (coach_id, body, created_at) VALUES (?, ?, ?)")
                        .params(coach, comment, now.minusDays(120)).update();
            }
            List<Long> coachees = jdbc.sql("SELECT participant_id FROM coach_assignment WHERE coach_id = ?")
                    .param(coach).query(Long.class).list();
            for (int i = 0; i < coachees.size(); i++) {
                jdbc.sql("INSERT INTO coach_note (coach_id, participant_id, body, created_at) VALUES (?, ?, ?, ?)")
                        .params(coach, coachees.get(i), NOTES.get(i % NOTES.size()),
                                now.minus(Duration.ofDays(30L + i * 7L)))
                        .update();
            }
        }
        log.info("Demo review loaded: {} reviewed entries, notes and comment libraries for {} coaches",
                answered.size(), coaches.size());
    }
}
