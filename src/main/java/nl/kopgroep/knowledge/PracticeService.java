package nl.kopgroep.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.kopgroep.agreement.AgreementDocument;
import nl.kopgroep.agreement.AgreementService;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.programme.Competency;
import nl.kopgroep.programme.ProgrammeService;
import nl.kopgroep.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The author's side of the kennisbank: writing a practice with an autosaved draft, publishing it (in the author's
 * municipality and cohort), changing with whom it is shared, withdrawing it, and its attachments. A practice is
 * written here and nowhere else: nothing is imported from the journal.
 */
@Service
@PreAuthorize("hasRole('PARTICIPANT')")
@Transactional
public class PracticeService {

    /** The draft key of a practice not yet published. */
    static final long NEW = 0;

    private final KnowledgeStore store;
    private final KnowledgeReaders readers;
    private final CurrentUser currentUser;
    private final CohortService cohorts;
    private final AgreementService agreement;
    private final ProgrammeService programme;
    private final AttachmentScanner scanner;
    private final Clock clock;

    PracticeService(KnowledgeStore store, KnowledgeReaders readers, CurrentUser currentUser, CohortService cohorts,
                    AgreementService agreement, ProgrammeService programme, AttachmentScanner scanner, Clock clock) {
        this.store = store;
        this.readers = readers;
        this.currentUser = currentUser;
        this.cohorts = cohorts;
        this.agreement = agreement;
        this.programme = programme;
        this.scanner = scanner;
        this.clock = clock;
    }

    /** My practices, published and withdrawn, newest first. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<PracticeSummary> myPractices() {
        return readers.summaries(store, store.own(currentUser.id()));
    }

    /** The practices I have an unfinished draft for (null = a new one), newest first. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<PracticeDraft> myDrafts() {
        return store.draftKeys(currentUser.id()).stream().map(key -> draftOf(key).orElseThrow()).toList();
    }

    /**
     * What the editor starts from: my draft if there is one, else the published practice (for a change), else an
     * empty form. An id that is not mine is not found.
     */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public PracticeDraft editorStart(@Nullable Long practice) {
        long key = key(practice);
        Optional<PracticeDraft> draft = draftOf(key);
        if (practice != null) {
            KnowledgeStore.PracticeRow row = own(practice);
            return draft.orElseGet(() -> new PracticeDraft(practice, formOf(row), row.updatedAt()));
        }
        return draft.orElseGet(() -> new PracticeDraft(null, PracticeForm.empty(), clock.instant()));
    }

    /** Whether a draft is waiting (the editor says "concept hersteld"). */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public Optional<PracticeDraft> draft(@Nullable Long practice) {
        if (practice != null) {
            own(practice);
        }
        return draftOf(key(practice));
    }

    /** Autosave: keeps whatever is typed, unchecked (nothing typed is lost); returns when. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public Instant saveDraft(@Nullable Long practice, PracticeForm form) {
        if (practice != null) {
            own(practice);
        }
        Instant now = clock.instant();
        PracticeForm kept = PracticeTexts.forDraft(form);
        store.saveDraft(currentUser.id(), key(practice), kept, PracticeTexts.tagLines(kept), now);
        return now;
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    public void discardDraft(@Nullable Long practice) {
        store.deleteDraft(currentUser.id(), key(practice));
    }

    /** Publishes a new practice in my municipality and cohort; the draft goes. Returns its id. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public long publish(PracticeForm form) {
        PracticeForm checked = check(form);
        CohortId cohort = cohorts.myCohort().map(mine -> mine.cohort().id()).orElse(null);
        if (cohort == null && checked.sharing() == Sharing.COHORT) {
            throw new DomainException("knowledge.error.noCohort");
        }
        long id = store.insert(currentUser.id(), currentUser.organisationId(), cohort, checked,
                PracticeTexts.searchText(checked), clock.instant());
        store.deleteDraft(currentUser.id(), NEW);
        return id;
    }

    /** Saves a change to one of my practices (its sharing included); the draft goes. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void update(long practice, PracticeForm form) {
        KnowledgeStore.PracticeRow row = own(practice);
        // a theme the practice already has stays allowed after the agreement changed
        List<String> themes = new java.util.ArrayList<>(themeOptions());
        themes.addAll(store.tags(List.of(practice)).get(practice).themes());
        PracticeForm checked = PracticeTexts.checked(form, themes, competencyOptions().keySet());
        if (row.cohort() == null && checked.sharing() == Sharing.COHORT) {
            throw new DomainException("knowledge.error.noCohort");
        }
        store.update(practice, checked, PracticeTexts.searchText(checked), clock.instant());
        store.deleteDraft(currentUser.id(), practice);
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    public void changeSharing(long practice, Sharing sharing) {
        KnowledgeStore.PracticeRow row = own(practice);
        if (row.cohort() == null && sharing == Sharing.COHORT) {
            throw new DomainException("knowledge.error.noCohort");
        }
        store.setSharing(practice, sharing, clock.instant());
    }

    /** Withdraws one of my practices: from then on it is not found for anyone but me, and in no search. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void withdraw(long practice) {
        own(practice);
        store.setStatus(practice, PracticeStatus.WITHDRAWN, clock.instant());
    }

    /** Publishes a withdrawn practice of mine again. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void republish(long practice) {
        own(practice);
        store.setStatus(practice, PracticeStatus.PUBLISHED, clock.instant());
    }

    /**
     * Adds a file to one of my practices after the checks: size, type by its first bytes, and the virus scanner
     * (clamd when configured). Returns the attachment's id.
     */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public long addAttachment(long practice, String fileName, byte[] content) {
        own(practice);
        String name = fileName.strip().isEmpty() ? "bijlage" : fileName.strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        String type = AttachmentCheck.contentType(name, content);
        AttachmentScanner.Verdict verdict;
        try {
            verdict = scanner.scan(content);
        } catch (AttachmentScanner.AttachmentScanException e) {
            throw new DomainException("knowledge.attachment.scanFailed");
        }
        if (!verdict.clean()) {
            throw new DomainException("knowledge.attachment.infected");
        }
        return store.addAttachment(practice, name, type, content, clock.instant());
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    public void removeAttachment(long practice, long attachment) {
        own(practice);
        if (store.removeAttachment(practice, attachment) == 0) {
            throw new NotFoundException();
        }
    }

    /** The themes of my municipality's coalition agreement in force, to tag with. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<String> themeOptions() {
        return agreement.current().map(doc -> doc.themes().stream().map(AgreementDocument.Theme::title).toList())
                .orElse(List.of());
    }

    /** The programme's competencies, code → name. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public Map<String, String> competencyOptions() {
        return programme.competencies().stream()
                .collect(Collectors.toMap(Competency::code, Competency::name, (a, b) -> a, LinkedHashMap::new));
    }

    private PracticeForm check(PracticeForm form) {
        return PracticeTexts.checked(form, themeOptions(), competencyOptions().keySet());
    }

    private KnowledgeStore.PracticeRow own(long practice) {
        return store.findOwn(currentUser.id(), practice).orElseThrow(NotFoundException::new);
    }

    private Optional<PracticeDraft> draftOf(long key) {
        return store.draft(currentUser.id(), key).map(d -> new PracticeDraft(key == NEW ? null : key,
                PracticeTexts.fromDraft(d), d.savedAt()));
    }

    private static long key(@Nullable Long practice) {
        return practice == null ? NEW : practice;
    }

    private PracticeForm formOf(KnowledgeStore.PracticeRow row) {
        PracticeTags tags = store.tags(List.of(row.id())).get(row.id());
        return new PracticeForm(row.title(), row.intention(), row.happened(), row.difference(), row.lessons(),
                row.sharing(), tags.themes(), java.util.Set.copyOf(tags.roles()), tags.competencies(), tags.partners());
    }
}
