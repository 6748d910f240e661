package nl.kopgroep.programme;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.database.DemoDataPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.OrganisationDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A believable spread of lesson progress in the demo cohorts: some participants ahead, most
 * somewhere in the first two modules, a few not started (back from leave, or new). Runs after the
 * content sync and the demo organisations, once.
 */
@Component
@Order(200)
class DemoProgress implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProgress.class);

    /** Participant → how many lessons of each module in programme order they have done. */
    private static final Map<String, List<Integer>> PROGRESS = Map.ofEntries(
            Map.entry("deelnemer@voorbeeldstad.nl", List.of(4, 2)),
            Map.entry("daan.jansen@voorbeeldstad.nl", List.of(4, 4, 1)),
            Map.entry("lotte.bakker@voorbeeldstad.nl", List.of(3)),
            Map.entry("ruben.visser@voorbeeldstad.nl", List.of(4)),
            Map.entry("mehmet.yilmaz@voorbeeldstad.nl", List.of(4, 1)),
            Map.entry("anouk.meijer@voorbeeldstad.nl", List.of(4, 4)),
            Map.entry("thijs.deboer@voorbeeldstad.nl", List.of(2)),
            Map.entry("noor.mulder@voorbeeldstad.nl", List.of(4, 3)),
            Map.entry("bram.hendriks@voorbeeldstad.nl", List.of(1)),
            Map.entry("sem.vermeulen@lindendal.nl", List.of(2)),
            Map.entry("yara.dekker@lindendal.nl", List.of(4)));

    private final DemoDataPolicy policy;
    private final ProgrammeModuleRepository modules;
    private final LessonRepository lessons;
    private final LessonProgressRepository progress;
    private final OrganisationDirectory directory;
    private final Clock clock;

    DemoProgress(DemoDataPolicy policy, ProgrammeModuleRepository modules, LessonRepository lessons,
                 LessonProgressRepository progress, OrganisationDirectory directory, Clock clock) {
        this.policy = policy;
        this.modules = modules;
        this.lessons = lessons;
        this.progress = progress;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!policy.enabled() || progress.count() > 0) {
            return;
        }
        List<ProgrammeModule> ordered = modules.findByRetiredFalseOrderByPositionAsc();
        Instant now = clock.instant();
        int rows = 0;
        for (var entry : PROGRESS.entrySet()) {
            Long user = directory.accountByEmail(entry.getKey()).map(UserId::value).orElse(null);
            if (user == null) {
                continue;
            }
            for (int m = 0; m < entry.getValue().size() && m < ordered.size(); m++) {
                List<Lesson> moduleLessons = lessons.findByModuleIdAndRetiredFalseOrderByPositionAsc(ordered.get(m).id());
                int done = Math.min(entry.getValue().get(m), moduleLessons.size());
                for (int l = 0; l < done; l++) {
                    Instant when = now.minus(Duration.ofDays(200L - 20L * m - 4L * l));
                    progress.save(new LessonProgress(user, moduleLessons.get(l).id(), when));
                    rows++;
                }
            }
        }
        log.info("Demo lesson progress loaded: {} lessons done", rows);
    }
}
