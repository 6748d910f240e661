package nl.kopgroep.review;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.database.DemoDataPolicy;
import nl.kopgroep.journal.JournalDirectory;
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
    private final OrganisationDirectory directory;
    private final JournalDirectory journal;

    DemoReview(DemoDataPolicy policy, JdbcClient jdbc, Clock clock, OrganisationDirectory directory,
               JournalDirectory journal) {
        this.policy = policy;
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
        this.journal = journal;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("SELECT COUNT(*) FROM comment_template").query(Long.class).single() > 0;
        if (!policy.enabled() || loaded) {
            return;
        }
        LocalDateTime now = DbTime.utc(clock.instant());
        List<JournalDirectory.Answer> answered = journal.answeredByOthers();
        for (int i = 0; i < answered.size(); i++) {
            jdbc.sql("INSERT INTO reflection_review (reflection_id, coach_id, depth, reviewed_at) VALUES (?, ?, ?, ?)")
                    .params(answered.get(i).entry().value(), answered.get(i).writer().value(), DEPTHS[i % DEPTHS.length],
                            now.minusDays(10))
                    .update();
        }
        List<OrganisationDirectory.Assignment> assignments = directory.organisationByCode("voorbeeldstad")
                .map(directory::assignments).orElse(List.of());
        List<Long> coaches = assignments.stream().map(a -> a.coach().value()).distinct().sorted().toList();
        for (long coach : coaches) {
            for (String comment : COMMENTS) {
                jdbc.sql("INSERT INTO comment_template (coach_id, body, created_at) VALUES (?, ?, ?)")
                        .params(coach, comment, now.minusDays(120)).update();
            }
            List<Long> coachees = assignments.stream().filter(a -> a.coach().value() == coach)
                    .map(a -> a.participant().value()).toList();
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
