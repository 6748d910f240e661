package nl.kopgroep.journal;

import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.time.YearMonth;
import java.util.stream.Collectors;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.ReportingPeriod;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.Coachee;
import nl.kopgroep.organisation.MyCohort;
import nl.kopgroep.organisation.Person;
import nl.kopgroep.programme.MarkdownRenderer;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reflection journal, where trust is won or lost. Every rule of PRODUCT.md §4 holds here:
 * an entry is read by its author; by the author's assigned coaches when shared with the coach or
 * the group; by the members of the author's cohort when shared with the group — and by nobody
 * else, whatever their role. Being a manager or an admin never opens an entry. Every read by
 * someone other than the author is logged, and the author sees the log.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class JournalService {

    static final int MAX_TITLE = 200;
    static final int MIN_GROUP = 5;
    static final int MAX_BODY = 100_000;

    private final ReflectionRepository reflections;
    private final ReflectionDraftRepository drafts;
    private final ReadLog readLog;
    private final FeedbackLog feedback;
    private final CohortService cohorts;
    private final CurrentUser currentUser;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final nl.kopgroep.goals.GoalService goals;
    private final JournalStatistics statistics;

    JournalService(ReflectionRepository reflections, ReflectionDraftRepository drafts, ReadLog readLog,
                   FeedbackLog feedback, CohortService cohorts, CurrentUser currentUser, MarkdownRenderer markdown,
                   Clock clock, ApplicationEventPublisher events, nl.kopgroep.goals.GoalService goals,
                   JournalStatistics statistics) {
        this.goals = goals;
        this.statistics = statistics;
        this.feedback = feedback;
        this.events = events;
        this.reflections = reflections;
        this.drafts = drafts;
        this.readLog = readLog;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.markdown = markdown;
        this.clock = clock;
    }

    // --- the author's own journal ---------------------------------------------------------------

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
                .map(r -> summary(r, me, true))
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
            events.publishEvent(new EntryShared(reflection.id(), currentUser.require().displayName(),
                    reflection.title(), coaches));
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
    }

    /** Who read my entry, and when. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<ReadRecord> readsOf(ReflectionId id) {
        ownEntry(id);
        return readLog.readsOf(id);
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

    // --- reading: the privacy rules --------------------------------------------------------------

    /** Entries others shared with me: as their coach, or as a member of their cohort. Newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EntrySummary> sharedWithMe() {
        UserId me = currentUser.id();
        Map<Long, Person> coachees = currentUser.hasRole(Role.COACH)
                ? cohorts.myCoachees().stream().collect(Collectors.toMap(c -> c.person().id().value(),
                Coachee::person, (a, b) -> a))
                : Map.of();
        List<Reflection> visible = new ArrayList<>();
        if (!coachees.isEmpty()) {
            visible.addAll(reflections.findByAuthorIdInAndContentVisibilityInOrderByUpdatedAtDesc(coachees.keySet(),
                    EnumSet.of(Visibility.COACH, Visibility.GROUP)));
        }
        Set<Long> myCohorts = cohorts.myCohortIds().stream().map(CohortId::value).collect(Collectors.toSet());
        if (!myCohorts.isEmpty()) {
            visible.addAll(reflections.findByCohortIdInAndContentVisibilityOrderByUpdatedAtDesc(myCohorts, Visibility.GROUP));
        }
        Map<Long, Reflection> distinct = visible.stream().filter(r -> !r.authorId().equals(me))
                .collect(Collectors.toMap(r -> r.id().value(), Function.identity(), (a, b) -> a));
        Map<Long, String> names = authorNames();
        return distinct.values().stream().sorted(Comparator.comparing(Reflection::updatedAt).reversed())
                .map(r -> summary(r, names.getOrDefault(r.authorId().value(), ""), false)).toList();
    }

    /**
     * Reads one entry, if the rules allow it; otherwise it does not exist for this reader (the same
     * answer as for an id that does not exist). Logs the read when the reader is not the author.
     */
    @PreAuthorize("isAuthenticated()")
    public EntryView read(ReflectionId id) {
        Reflection reflection = reflections.findById(id.value()).orElseThrow(NotFoundException::new);
        UserId me = currentUser.id();
        boolean own = reflection.authorId().equals(me);
        if (!own && !mayRead(reflection)) {
            throw new NotFoundException();
        }
        if (!own) {
            readLog.record(reflection.id(), me, clock.instant());
        }
        String author = own ? currentUser.require().displayName()
                : authorNames().getOrDefault(reflection.authorId().value(), "");
        return new EntryView(reflection.id(), reflection.title(), author, own, markdown.toSafeHtml(reflection.body()),
                reflection.visibility(), reflection.municipalRole(), reflection.lessonKey(), reflection.prompt(),
                reflection.createdAt(), reflection.updatedAt(), goalTitle(reflection, own));
    }

    /** Entries my coachees shared with me (as coach or with their group), oldest first: the review queue's source. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<EntrySummary> coacheeEntries() {
        Map<Long, String> coachees = cohorts.myCoachees().stream()
                .collect(Collectors.toMap(c -> c.person().id().value(), c -> c.person().displayName(), (a, b) -> a));
        if (coachees.isEmpty()) {
            return List.of();
        }
        return reflections.findByAuthorIdInAndContentVisibilityInOrderByUpdatedAtDesc(coachees.keySet(),
                        EnumSet.of(Visibility.COACH, Visibility.GROUP)).stream()
                .sorted(Comparator.comparing(Reflection::createdAt))
                .map(r -> summary(r, coachees.getOrDefault(r.authorId().value(), ""), false))
                .toList();
    }

    /** The conversation under an entry: for its author and the author's coaches only (not the group). */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    @Transactional(readOnly = true)
    public List<FeedbackMessage> thread(ReflectionId id) {
        Reflection reflection = conversable(id);
        return feedback.of(reflection.id(), reflection.authorId());
    }

    /** Adds to the conversation: the coach's feedback, or the author's answer. */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    public void addFeedback(ReflectionId id, String text) {
        Reflection reflection = conversable(id);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new DomainException("journal.feedbackRequired");
        }
        if (body.length() > 5000) {
            throw new DomainException("journal.feedbackTooLong", 5000);
        }
        feedback.add(reflection.id(), currentUser.id(), body, clock.instant());
        boolean byAuthor = reflection.authorId().equals(currentUser.id());
        List<UserId> recipients = byAuthor
                ? cohorts.myCohort().map(c -> c.myCoaches().stream().map(Person::id).toList()).orElse(List.of())
                : List.of(reflection.authorId());
        events.publishEvent(new FeedbackAdded(reflection.id(), reflection.title(), currentUser.require().displayName(),
                !byAuthor, recipients));
    }

    /** Whether the signed-in coach coaches the author of this entry and may review it. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public boolean reviewable(ReflectionId id) {
        return reflections.findById(id.value()).filter(r -> r.visibility() != Visibility.PRIVATE)
                .map(r -> cohorts.coachesParticipant(r.authorId())).orElse(false);
    }

    private Reflection conversable(ReflectionId id) {
        Reflection reflection = reflections.findById(id.value()).orElseThrow(NotFoundException::new);
        boolean author = reflection.authorId().equals(currentUser.id());
        boolean coach = reflection.visibility() != Visibility.PRIVATE && cohorts.coachesParticipant(reflection.authorId());
        if (!author && !coach) {
            throw new NotFoundException();
        }
        return reflection;
    }

    /**
     * For management: entries written per month in each cohort of the organisation, the last twelve
     * months. Counts only — never a title, a body or a name — and nothing for a cohort under five.
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CohortActivity> cohortActivity() {
        LocalDate today = LocalDate.now(clock);
        return cohortActivity(new ReportingPeriod(null, YearMonth.from(today).minusMonths(11).atDay(1), today));
    }

    /**
     * Journal activity per cohort and month of the period, over all of the organisation's cohorts
     * or one: counts only, none for a cohort under five and none for a month with fewer than five writers.
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public List<CohortActivity> cohortActivity(ReportingPeriod period) {
        var cohortMembers = cohorts.organisationCohortMembers().stream()
                .filter(m -> period.cohort() == null || m.cohort().id().equals(period.cohort())).toList();
        if (cohortMembers.isEmpty()) {
            return List.of();
        }
        var counts = statistics.perCohortAndMonth(currentUser.organisationId().value(),
                period.cohort() == null ? 0 : period.cohort().value(), period.from().atStartOfDay(),
                period.to().plusDays(1).atStartOfDay());
        List<CohortActivity> result = new ArrayList<>();
        for (var members : cohortMembers) {
            int size = members.participants().size();
            if (size < MIN_GROUP) {
                result.add(new CohortActivity(members.cohort().id(), members.cohort().name(), size, false, new TreeMap<>()));
                continue;
            }
            var counted = counts.getOrDefault(members.cohort().id().value(), new TreeMap<>());
            TreeMap<YearMonth, CohortActivity.Month> months = new TreeMap<>();
            for (YearMonth month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.to()));
                 month = month.plusMonths(1)) {
                JournalStatistics.Count count = counted.get(month);
                boolean suppressed = count != null && count.writers() < MIN_GROUP;
                months.put(month, count == null || suppressed ? new CohortActivity.Month(0, 0, suppressed)
                        : new CohortActivity.Month(count.entries(), count.writers(), false));
            }
            result.add(new CohortActivity(members.cohort().id(), members.cohort().name(), size, true, months));
        }
        return result;
    }

    /** A rendered preview of Markdown the author is typing. */
    @PreAuthorize("isAuthenticated()")
    public String preview(String body) {
        return markdown.toSafeHtml(body);
    }

    /** The linked goal's title, for the author and the author's coaches (who see all goals); nobody else. */
    private @Nullable String goalTitle(Reflection reflection, boolean own) {
        Long goal = reflection.goalId();
        if (goal == null) {
            return null;
        }
        List<nl.kopgroep.goals.GoalView> visible = own ? goals.myGoals()
                : currentUser.hasRole(Role.COACH) && cohorts.coachesParticipant(reflection.authorId())
                ? goals.goalsOf(reflection.authorId()) : List.of();
        return visible.stream().filter(g -> g.id() == goal).map(nl.kopgroep.goals.GoalView::title).findFirst().orElse(null);
    }

    private boolean mayRead(Reflection reflection) {
        return switch (reflection.visibility()) {
            case PRIVATE -> false;
            case COACH -> cohorts.coachesParticipant(reflection.authorId());
            case GROUP -> cohorts.coachesParticipant(reflection.authorId())
                    || (reflection.cohortId() != null
                    && cohorts.myCohortIds().contains(new CohortId(reflection.cohortId())));
        };
    }

    // --- helpers ----------------------------------------------------------------------------------

    private Reflection ownEntry(ReflectionId id) {
        return reflections.findById(id.value()).filter(r -> r.authorId().equals(currentUser.id()))
                .orElseThrow(NotFoundException::new);
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

    private EntrySummary summary(Reflection reflection, String authorName, boolean own) {
        return new EntrySummary(reflection.id(), reflection.authorId(), reflection.title(), authorName, own,
                reflection.visibility(),
                reflection.municipalRole(), reflection.prompt(), reflection.updatedAt());
    }

    /** Names of the authors a reader may know: their coachees and the members of their cohorts. */
    private Map<Long, String> authorNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        cohorts.namesInMyCohorts().forEach((id, name) -> names.put(id.value(), name));
        if (currentUser.hasRole(Role.COACH)) {
            cohorts.myCoachees().forEach(c -> names.put(c.person().id().value(), c.person().displayName()));
        }
        return names;
    }
}
