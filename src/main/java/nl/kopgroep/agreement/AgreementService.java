package nl.kopgroep.agreement;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kopgroep.agreement.AgreementDocument.Commitment;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.database.RetryOnWriteConflict;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.CurrentUser;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coalition-agreement register of the signed-in person's municipality: everyone there reads
 * it; managers and admins import a new version (a first agreement, a mid-term review, a new
 * college). An import is checked completely first and then saved whole, or not at all; the
 * version it replaces stays in the history.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class AgreementService {

    /** The largest file accepted for import, in characters (and bytes for the upload). */
    public static final int MAX_FILE = 2_000_000;

    /** The source name of a version made by editing in the app, followed by the code of what changed. */
    public static final String EDITED = "app:";

    private final AgreementStore store;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    AgreementService(AgreementStore store, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The agreement in force for my municipality, if one was imported. */
    @PreAuthorize("isAuthenticated()")
    public Optional<AgreementDocument> current() {
        return nl.kopgroep.base.RequestMemo.get("agreement:" + currentUser.organisationId().value(), this::readCurrent);
    }

    private Optional<AgreementDocument> readCurrent() {
        return store.activeId(currentUser.organisationId()).flatMap(id -> store.document(currentUser.organisationId(), id));
    }

    @PreAuthorize("isAuthenticated()")
    public List<AgreementSummary> history() {
        return store.history(currentUser.organisationId());
    }

    /** Checks a YAML file without saving anything: the document, or every problem with its line. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public ImportPreview preview(String content) {
        checkSize(content);
        return preview(AgreementReader.readYaml(content));
    }

    /** Checks a CSV file (title and period given separately) without saving anything. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public ImportPreview previewCsv(String content, String title, @Nullable LocalDate from, @Nullable LocalDate to) {
        checkSize(content);
        return preview(AgreementReader.readCsv(content, title, from, to));
    }

    /** Imports a checked CSV file as the agreement in force. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional
    public AgreementSummary importCsv(String sourceName, String content, String title, @Nullable LocalDate from,
                                      @Nullable LocalDate to) {
        return save(sourceName, previewCsv(content, title, from, to));
    }

    private static void checkSize(String content) {
        if (content == null || content.isBlank()) {
            throw new DomainException("agreement.emptyFile");
        }
        if (content.length() > MAX_FILE) {
            throw new DomainException("agreement.fileTooLarge", MAX_FILE / 1_000_000);
        }
    }

    private ImportPreview preview(AgreementReader.Result result) {
        if (!result.valid()) {
            return new ImportPreview(null, result.problems(), List.of(), List.of());
        }
        Map<String, Commitment> before = current().map(AgreementService::commitments).orElse(Map.of());
        Map<String, Commitment> after = commitments(result.document());
        List<String> removed = before.keySet().stream().filter(code -> !after.containsKey(code)).sorted().toList();
        List<String> changed = before.keySet().stream().filter(after::containsKey)
                .filter(code -> !Objects.equals(before.get(code).title(), after.get(code).title())).sorted().toList();
        return new ImportPreview(result.document(), List.of(), removed, changed);
    }

    /** Imports a checked file as the agreement in force; the previous one is kept as history. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional
    public AgreementSummary importAgreement(String sourceName, String content) {
        return save(sourceName, preview(content));
    }

    private AgreementSummary save(String sourceName, ImportPreview preview) {
        if (!preview.valid()) {
            throw new DomainException("agreement.invalidFile", preview.problems().size());
        }
        long id = store.insert(currentUser.organisationId(), preview.document(), limited(sourceName),
                currentUser.require().email(), clock.instant());
        auditLog.record("AGREEMENT_IMPORTED", "agreement " + id + " from " + limited(sourceName));
        return history().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** Starts a first agreement in the app, with its first theme, when no file is at hand. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional
    public void start(String title, @Nullable LocalDate from, @Nullable LocalDate to, String themeCode, String themeTitle) {
        if (store.activeId(currentUser.organisationId()).isPresent()) {
            throw new DomainException("agreement.changedMeanwhile");
        }
        AgreementDocument empty = new AgreementDocument("-", LocalDate.EPOCH, LocalDate.EPOCH, List.of());
        AgreementDocument document = AgreementEditor.theme(AgreementEditor.header(empty, title, from, to), null,
                themeCode, themeTitle);
        store.insert(currentUser.organisationId(), document, EDITED + themeCode, currentUser.require().email(),
                clock.instant());
        auditLog.record("AGREEMENT_EDITED", "new agreement started");
    }

    /** The id of the version in force, which an edit names so that it never overwrites a newer one unseen. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Long> currentVersion() {
        return store.activeId(currentUser.organisationId());
    }

    @RetryOnWriteConflict
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional
    public void editHeader(long basedOn, String title, @Nullable LocalDate from, @Nullable LocalDate to) {
        revise(basedOn, "agreement", document -> AgreementEditor.header(document, title, from, to));
    }

    /** Adds a theme ({@code originalCode} null) or renames one. */
    @RetryOnWriteConflict
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional
    public void saveTheme(long basedOn, @Nullable String originalCode, String code, String title) {
        revise(basedOn, originalCode == null ? code : originalCode,
                document -> AgreementEditor.theme(document, originalCode, code, title));
    }

    /** Adds an ambition under a theme ({@code originalCode} null) or renames one. */
    @RetryOnWriteConflict
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional
    public void saveAmbition(long basedOn, String themeCode, @Nullable String originalCode, String code, String title) {
        revise(basedOn, originalCode == null ? code : originalCode,
                document -> AgreementEditor.ambition(document, themeCode, originalCode, code, title));
    }

    /**
     * Adds a commitment under an ambition ({@code originalCode} null) or changes one; its code stays.
     * Goals linked to a commitment whose title changes are flagged for re-linking.
     */
    @RetryOnWriteConflict
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional
    public void saveCommitment(long basedOn, String ambitionCode, @Nullable String originalCode, Commitment commitment) {
        revise(basedOn, originalCode == null ? commitment.code() : originalCode,
                document -> AgreementEditor.commitment(document, ambitionCode, originalCode, commitment));
    }

    /** Removes a theme, ambition or commitment with everything under it; linked goals are flagged. */
    @RetryOnWriteConflict
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional
    public void remove(long basedOn, String code) {
        revise(basedOn, code, document -> AgreementEditor.remove(document, code));
    }

    /** An edit is saved as a new version, like an import, so the history shows every change and who made it. */
    private void revise(long basedOn, String what, java.util.function.UnaryOperator<AgreementDocument> change) {
        OrganisationId organisation = currentUser.organisationId();
        long active = store.lockActive(organisation).orElseThrow(() -> new DomainException("agreement.changedMeanwhile"));
        if (active != basedOn) {
            throw new DomainException("agreement.changedMeanwhile");
        }
        AgreementDocument current = store.document(organisation, active).orElseThrow();
        AgreementDocument revised = change.apply(current);
        if (revised.equals(current)) {
            throw new DomainException("agreement.nothingChanged");
        }
        long id = store.insert(organisation, revised, limited(EDITED + what), currentUser.require().email(), clock.instant());
        auditLog.record("AGREEMENT_EDITED", "agreement " + id + " (" + what + ")");
    }

    static Map<String, Commitment> commitments(AgreementDocument document) {
        return document.themes().stream().flatMap(t -> t.ambitions().stream()).flatMap(a -> a.commitments().stream())
                .collect(Collectors.toMap(Commitment::code, Function.identity(), (a, b) -> a));
    }

    private static String limited(String name) {
        String value = name == null || name.isBlank() ? "upload" : name.strip();
        return value.length() > 300 ? value.substring(0, 300) : value;
    }
}
