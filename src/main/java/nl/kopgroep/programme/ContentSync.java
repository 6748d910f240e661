package nl.kopgroep.programme;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.Hashes;
import nl.kopgroep.programme.ProgrammeDefinition.LessonDefinition;
import nl.kopgroep.programme.ProgrammeDefinition.ModuleDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a checked programme into the database, keyed by the stable ids: idempotent, never deletes
 * a lesson (a removed one is retired, so progress on it survives), and serialised across app
 * nodes with a row lock on {@code content_sync_lock}.
 *
 * <p>Not MariaDB's {@code GET_LOCK}: a Galera cluster refuses it. On one server a second node waits for the
 * row; on a cluster each node locks its own copy, the second commit fails certification (reported as a
 * deadlock) and the sync runs again, finding nothing left to change.
 */
@Component
class ContentSync {

    private static final Logger log = LoggerFactory.getLogger(ContentSync.class);
    private static final String LOCK = "content";
    private static final int ATTEMPTS = 3;

    private final ProgrammeModuleRepository modules;
    private final LessonRepository lessons;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final CatalogueVersion catalogueVersion;

    ContentSync(ProgrammeModuleRepository modules, LessonRepository lessons, JdbcClient jdbc, Clock clock,
            PlatformTransactionManager transactionManager, CatalogueVersion catalogueVersion) {
        this.catalogueVersion = catalogueVersion;
        this.modules = modules;
        this.lessons = lessons;
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    SyncReport sync(ProgrammeDefinition programme, String actor) {
        // Inside a caller's transaction a failed attempt cannot be retried: that transaction is lost.
        int attempts = TransactionSynchronizationManager.isActualTransactionActive() ? 1 : ATTEMPTS;
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> syncLocked(programme, actor));
            } catch (ConcurrencyFailureException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                log.info("Content sync met another node's sync ({}); trying again", e.getClass().getSimpleName());
            }
        }
    }

    private SyncReport syncLocked(ProgrammeDefinition programme, String actor) {
        catalogueVersion.changed();
        // A write rather than SELECT ... FOR UPDATE: a Galera cluster certifies only written rows across nodes.
        if (jdbc.sql("UPDATE content_sync_lock SET syncs = syncs + 1 WHERE name = ?").param(LOCK).update() != 1) {
            throw new IllegalStateException("content_sync_lock has no row '" + LOCK + "' (Liquibase changeset 0036)");
        }
        SyncReport report = apply(programme);
        syncCompetencies(programme);
        record(actor, true, report.summary());
        log.info("Content synced by {}: {}", actor, report.summary());
        return report;
    }

    @Transactional
    void recordFailure(String actor, List<ContentProblem> problems) {
        record(actor, false, problems.size() + " problem(s): " + problems.stream().limit(20)
                .map(ContentProblem::toString).collect(Collectors.joining("\n")));
    }

    private SyncReport apply(ProgrammeDefinition programme) {
        Instant now = clock.instant();
        Map<String, ProgrammeModule> existingModules = modules.findAll().stream()
                .collect(Collectors.toMap(ProgrammeModule::key, Function.identity()));
        List<String> modulesAdded = new ArrayList<>();
        List<String> modulesChanged = new ArrayList<>();
        List<String> modulesRetired = new ArrayList<>();
        for (ModuleDefinition definition : programme.modules()) {
            ProgrammeModule module = existingModules.remove(definition.id());
            if (module == null) {
                module = new ProgrammeModule(definition.id(), now);
                module.apply(definition, now);
                modules.save(module);
                modulesAdded.add(definition.title());
            } else if (module.apply(definition, now)) {
                modulesChanged.add(definition.title());
            }
        }
        existingModules.values().forEach(module -> {
            if (module.retire(now)) {
                modulesRetired.add(module.title());
            }
        });
        modules.flush();
        Map<String, Long> moduleIds = modules.findAll().stream()
                .collect(Collectors.toMap(ProgrammeModule::key, ProgrammeModule::id));

        Map<String, Lesson> existingLessons = lessons.findAll().stream()
                .collect(Collectors.toMap(Lesson::key, Function.identity()));
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        List<String> retired = new ArrayList<>();
        List<String> revived = new ArrayList<>();
        int count = 0;
        for (ModuleDefinition module : programme.modules()) {
            Long moduleId = moduleIds.get(module.id());
            for (LessonDefinition definition : module.lessons()) {
                count++;
                String hash = hash(definition);
                Lesson lesson = existingLessons.remove(definition.id());
                if (lesson == null) {
                    lesson = new Lesson(definition.id());
                    lesson.apply(definition, moduleId, hash, now);
                    lessons.save(lesson);
                    added.add(definition.title());
                } else if (lesson.retired()) {
                    lesson.apply(definition, moduleId, hash, now);
                    revived.add(definition.title());
                } else if (!lesson.moduleId().equals(moduleId)) {
                    lesson.apply(definition, moduleId, hash, now);
                    moved.add(definition.title());
                } else if (!lesson.contentHash().equals(hash)) {
                    lesson.apply(definition, moduleId, hash, now);
                    changed.add(definition.title());
                }
            }
        }
        existingLessons.values().forEach(lesson -> {
            if (lesson.retire(now)) {
                retired.add(lesson.title());
            }
        });
        return new SyncReport(added, changed, moved, retired, revived, modulesAdded, modulesChanged, modulesRetired,
                count);
    }

    /** Competencies are few: upsert each in order with its levels, and retire the ones the file no longer names. */
    private void syncCompetencies(ProgrammeDefinition programme) {
        jdbc.sql("UPDATE competency SET retired = true").update();
        int position = 0;
        for (ProgrammeDefinition.Competency competency : programme.competencies()) {
            jdbc.sql("""
                            INSERT INTO competency (code, name, description, position, retired) VALUES (?, ?, ?, ?, false)
                            ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
                                position = VALUES(position), retired = false""")
                    .params(competency.id(), competency.name(), competency.description().isEmpty() ? null : competency.description(),
                            position++).update();
            jdbc.sql("DELETE FROM competency_level WHERE competency_code = ?").param(competency.id()).update();
            int level = 1;
            for (ProgrammeDefinition.Level each : competency.levels()) {
                jdbc.sql("INSERT INTO competency_level (competency_code, level, name, indicators) VALUES (?, ?, ?, ?)")
                        .params(competency.id(), level++, each.name(), String.join("\u0001", each.indicators())).update();
            }
        }
    }

    private void record(String actor, boolean successful, String summary) {
        jdbc.sql("INSERT INTO content_sync (synced_at, actor, successful, summary) VALUES (?, ?, ?, ?)")
                .params(DbTime.utc(clock.instant()), actor, successful, summary)
                .update();
    }

    static String hash(LessonDefinition lesson) {
        String canonical = String.join("\u0000", lesson.moduleId(), String.valueOf(lesson.order()), lesson.title(),
                String.valueOf(lesson.minutes()), lesson.body(), String.join("\u0001", lesson.learningGoals()),
                String.join("\u0001", lesson.reflectionPrompts()), lesson.practiceAssignment(), lesson.practiceLevel().code(),
                String.join("\u0001", lesson.competencies()), String.join("\u0001", lesson.municipalRoles()),
                String.join("\u0001", lesson.sources()), lesson.file());
        return Hashes.sha256Hex(canonical);
    }
}
