package nl.kopgroep.journal;

import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.UserId;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.MyCohort;
import nl.kopgroep.organisation.Person;
import nl.kopgroep.programme.MarkdownRenderer;
import nl.kopgroep.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The author's own journal: writing, editing and deleting entries, the drafts that keep what is
 * typed, and who read an entry. Reading other people's entries is {@link EntryReadingService}, the
 * conversation under an entry {@link FeedbackService}, management's counts {@link JournalActivityService};
 * the privacy rules they share are in {@link EntryAccess}.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class JournalService {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 100_000;

    private final ReflectionRepository reflections;
    private final ReflectionDraftRepository drafts;
    private final ReadLog readLog;
    private final EntryAccess access;
    private final CohortService cohorts;
    private final CurrentUser currentUser;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final GoalService goals;
    private final JournalStatistics statistics;
    private final org.springframework.beans.factory.ObjectProvider<EntryOccasions> occasions;

    JournalService(ReflectionRepository reflections, ReflectionDraftRepository drafts, ReadLog readLog,
                   EntryAccess access, CohortService cohorts, CurrentUser currentUser, MarkdownRenderer markdown,
                   Clock clock, ApplicationEventPublisher events, GoalService goals, JournalStatistics statistics,
                   org.springframework.beans.factory.ObjectProvider<EntryOccasions> occasions) {
        this.statistics = statistics;
        this.occasions = occasions;
        this.reflections = reflections;
        this.drafts = drafts;
        this.readLog = readLog;
        this.access = access;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.markdown = markdown;
        this.clock = clock;
        this.events = events;
        this.goals = goals;
    }

    // --- the author's own journal ---------------------------------------------------------------

    /**
     * The occasion a new entry is written about (a session, a role-model conversation: {@link EntryOccasions}),
     * as the feature of that kind answers it for me; empty for an unknown kind or an item that is not mine.
     */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public Optional<EntryOccasion> occasion(String kind, long id) {
        return occasions.orderedStream().filter(source -> source.kind().equals(kind)).findFirst()
                .flatMap(source -> source.occasion(id));
    }

    /** My entries (every visibility) written since the start of {@code from}, per quarter and municipal role. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<nl.kopgroep.base.RoleTally> myRoleTallies(nl.kopgroep.base.Quarter from) {
        return statistics.roleTallies(currentUser.id().value(), false, from.start());
    }

    /** My own entries, newest first, filtered by words in title or text, visibility and role. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<EntrySummary> myEntries(String search, @Nullable Visibility visibility, @Nullable MunicipalRole role) {
        String term = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        String me = currentUser.require().displayName();
        return reflections.findByAuthorIdOrderByUpdatedAtDesc(currentUser.id().value()).stream()
                .filter(r -> visibility == null || r.visibility() == visibility)
                .filter(r -> role == null || r.municipalRole() == role)
                .filter(r -> term.isEmpty() || r.title().toLowerCase(Locale.ROOT).contains(term)
                        || r.body().toLowerCase(Locale.ROOT).contains(term))
                .map(r -> EntrySummaries.of(r, me, true))
                .toList();
    }

    /** Saves an entry (new or changed). Refused, with the text kept as a draft, when another tab saved first. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(noRollbackFor = DomainException.class)
    public ReflectionId save(EntryForm form) {
        EntryForm valid = validated(form);
        if (valid.goalId() != null && goals.myGoals().stream().noneMatch(g -> g.id() == valid.goalId())) {
            throw new DomainException("journal.unknownGoal");
        }
        Instant now = clock.instant();
        Reflection reflection;
        boolean wasShared = false;
        if (valid.entry() == null) {
            reflection = new Reflection(currentUser.id(), myCurrentCohort().map(CohortId::value).orElse(null), now);
        } else {
            reflection = ownEntry(valid.entry());
            wasShared = reflection.visibility() != Visibility.PRIVATE;
            if (valid.baseVersion() == null || valid.baseVersion() != reflection.version()) {
                keepDraft(valid);
                throw new DomainException("journal.conflict");
            }
        }
        reflection.write(valid, now);
        try {
            reflection = reflections.saveAndFlush(reflection);
        } catch (ObjectOptimisticLockingFailureException | OptimisticLockException e) {
            throw new DomainException("journal.conflict");
        }
        drafts.deleteByAuthorIdAndDraftKey(currentUser.id().value(), valid.draftKey());
        if (!wasShared && reflection.visibility() != Visibility.PRIVATE) {
            List<UserId> coaches = cohorts.myCohort().map(c -> c.myCoaches().stream().map(Person::id).toList())
                    .orElse(List.of());
            events.publishEvent(new EntryShared(reflection.id(), currentUser.require().displayName(), coaches));
        }
        if (wasShared && reflection.visibility() == Visibility.PRIVATE) {
            events.publishEvent(new EntryWithdrawn(reflection.id()));
        }
        return reflection.id();
    }

    /** The entry as its author edits it: raw Markdown and the version to save against. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public EntryForm edit(ReflectionId id) {
        Reflection reflection = ownEntry(id);
        return new EntryForm(reflection.id(), reflection.title(), reflection.body(), reflection.visibility(),
                reflection.lessonKey(), reflection.prompt(), reflection.municipalRole(), reflection.version(),
                reflection.goalId());
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    public void delete(ReflectionId id) {
        Reflection reflection = ownEntry(id);
        drafts.deleteByAuthorIdAndDraftKey(currentUser.id().value(), "entry-" + id.value());
        reflections.delete(reflection);
        events.publishEvent(new EntryWithdrawn(id));
    }

    /** Who read my entry, and when. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<ReadRecord> readsOf(ReflectionId id) {
        ownEntry(id);
        List<ReadLog.Read> reads = readLog.readsOf(id);
        Map<UserId, String> names = access.names(reads.stream().map(ReadLog.Read::reader).filter(java.util.Objects::nonNull).toList());
        return reads.stream().map(r -> new ReadRecord(r.reader() == null ? "" : names.getOrDefault(r.reader(), ""), r.at())).toList();
    }

    // --- drafts: nothing typed is lost -----------------------------------------------------------

    /** Keeps what is being typed; returns when it was saved. Nothing is validated: half a sentence is fine. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public Instant saveDraft(EntryForm form) {
        if (form.entry() != null) {
            ownEntry(form.entry());
        }
        return keepDraft(form);
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public Optional<SavedDraft> draft(@Nullable ReflectionId entry) {
        String key = entry == null ? "new" : "entry-" + entry.value();
        return drafts.findByAuthorIdAndDraftKey(currentUser.id().value(), key)
                .map(d -> new SavedDraft(d.form(entry), d.savedAt()));
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    public void discardDraft(@Nullable ReflectionId entry) {
        drafts.deleteByAuthorIdAndDraftKey(currentUser.id().value(), entry == null ? "new" : "entry-" + entry.value());
    }

    /** A rendered preview of Markdown the author is typing. */
    @PreAuthorize("isAuthenticated()")
    public String preview(String body) {
        return markdown.toSafeHtml(body);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private Reflection ownEntry(ReflectionId id) {
        return access.own(id);
    }

    private Instant keepDraft(EntryForm form) {
        Instant now = clock.instant();
        ReflectionDraft draft = drafts.findByAuthorIdAndDraftKey(currentUser.id().value(), form.draftKey())
                .orElseGet(() -> new ReflectionDraft(currentUser.id(), form.draftKey()));
        draft.keep(limited(form), now);
        drafts.save(draft);
        return now;
    }

    private Optional<CohortId> myCurrentCohort() {
        return cohorts.myCohort().map(MyCohort::cohort).map(c -> c.id());
    }

    private static EntryForm validated(EntryForm form) {
        String title = form.title() == null ? "" : form.title().strip();
        String body = form.body() == null ? "" : form.body().strip();
        if (body.isEmpty()) {
            throw new DomainException("journal.bodyRequired");
        }
        if (title.length() > MAX_TITLE) {
            throw new DomainException("validation.tooLong", "journal.title", MAX_TITLE);
        }
        if (body.length() > MAX_BODY) {
            throw new DomainException("journal.bodyTooLong", MAX_BODY);
        }
        if (title.isEmpty()) {
            title = firstWords(body);
        }
        return new EntryForm(form.entry(), title, body, form.visibility() == null ? Visibility.PRIVATE : form.visibility(),
                form.lessonKey(), form.prompt(), form.municipalRole(), form.baseVersion(), form.goalId());
    }

    /** A draft keeps everything, cut only at the database's limits. */
    private static EntryForm limited(EntryForm form) {
        String title = form.title() == null ? "" : form.title();
        String body = form.body() == null ? "" : form.body();
        return new EntryForm(form.entry(), title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title,
                body.length() > 4_000_000 ? body.substring(0, 4_000_000) : body, form.visibility(), form.lessonKey(),
                form.prompt() != null && form.prompt().length() > 1000 ? form.prompt().substring(0, 1000) : form.prompt(),
                form.municipalRole(), form.baseVersion(), form.goalId());
    }

    private static String firstWords(String body) {
        String firstLine = body.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("")
                .replaceAll("^[#>*\\-\\s]+", "");
        return firstLine.length() > 80 ? firstLine.substring(0, 77) + "…" : firstLine;
    }

}
