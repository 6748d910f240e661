package nl.kopgroep.programme;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.organisation.CohortDetails;
import nl.kopgroep.organisation.CohortAdministrationService;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of the programme: re-reading {@code content/} while the app runs (installation
 * admins, since the content serves every municipality) and shifting a module's window for one
 * cohort (the admins of that cohort's municipality).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ContentService {

    private final ContentSync sync;
    private final Path contentRoot;
    private final CurrentUser currentUser;
    private final CohortAdministrationService cohorts;
    private final ProgrammeModuleRepository modules;
    private final CohortModuleWindowRepository windows;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    ContentService(ContentSync sync, @Value("${kopgroep.content.dir:content}") String contentDir, CurrentUser currentUser,
                   CohortAdministrationService cohorts, ProgrammeModuleRepository modules, CohortModuleWindowRepository windows,
                   JdbcClient jdbc, AuditLog auditLog, CatalogueVersion catalogueVersion) {
        this.catalogueVersion = catalogueVersion;
        this.sync = sync;
        this.contentRoot = Path.of(contentDir);
        this.currentUser = currentUser;
        this.cohorts = cohorts;
        this.modules = modules;
        this.windows = windows;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** Re-reads the content folder; syncs it when it is valid, else reports every problem and changes nothing. */
    @PreAuthorize("hasRole('ADMIN')")
    public SyncOutcome resync() {
        if (!currentUser.require().installationAdmin()) {
            throw new AccessDeniedException("content is synced by the installation's administrators");
        }
        String actor = currentUser.require().email();
        ContentReader.Result result = ContentReader.read(contentRoot);
        if (!result.valid()) {
            sync.recordFailure(actor, result.problems());
            return new SyncOutcome(null, result.problems());
        }
        SyncReport report = sync.sync(result.programme(), actor);
        auditLog.record("CONTENT_SYNCED", report.summary());
        return new SyncOutcome(report, List.of());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public boolean maySync() {
        return currentUser.require().installationAdmin();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SyncRecord> recentSyncs() {
        return jdbc.sql("SELECT synced_at, actor, successful, summary FROM content_sync ORDER BY id DESC LIMIT 10")
                .query((rs, row) -> new SyncRecord(rs.getObject("synced_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString("actor"), rs.getBoolean("successful"), rs.getString("summary")))
                .list();
    }

    /** The module windows of a cohort the admin administers. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ModuleWindow> windows(CohortId cohortId) {
        CohortDetails cohort = cohorts.details(cohortId);
        Map<Long, CohortModuleWindow> shifted = windows.findByCohortId(cohortId.value()).stream()
                .collect(Collectors.toMap(CohortModuleWindow::moduleId, w -> w));
        return modules.findByRetiredFalseOrderByPositionAsc().stream().map(module -> {
            CohortModuleWindow own = shifted.get(module.id());
            int from = own == null ? module.windowFrom() : own.windowFrom();
            int to = own == null ? module.windowTo() : own.windowTo();
            return new ModuleWindow(module.key(), module.title(), module.windowFrom(), module.windowTo(), from, to,
                    Schedule.opens(cohort.cohort().startDate(), from), Schedule.closes(cohort.cohort().startDate(), to));
        }).toList();
    }

    private final CatalogueVersion catalogueVersion;

    /** Moves a module's window for one cohort; the programme's default window when equal to it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void shiftWindow(CohortId cohortId, String moduleKey, int from, int to) {
        cohorts.details(cohortId);
        if (from < 1 || to > ContentReader.PROGRAMME_MONTHS || from > to) {
            throw new DomainException("schedule.windowInvalid", ContentReader.PROGRAMME_MONTHS);
        }
        ProgrammeModule module = modules.findByKeyAndRetiredFalse(moduleKey).orElseThrow(NotFoundException::new);
        var existing = windows.findByCohortIdAndModuleId(cohortId.value(), module.id());
        catalogueVersion.changed();
        if (from == module.windowFrom() && to == module.windowTo()) {
            existing.ifPresent(windows::delete);
        } else {
            CohortModuleWindow window = existing.orElseGet(() -> new CohortModuleWindow(cohortId.value(), module.id()));
            window.shift(from, to);
            windows.save(window);
        }
        auditLog.record("MODULE_WINDOW_SHIFTED", "cohort " + cohortId + " module " + moduleKey + " " + from + "-" + to);
    }

}
