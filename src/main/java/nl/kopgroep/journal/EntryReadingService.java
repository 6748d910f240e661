package nl.kopgroep.journal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.goals.CoacheeGoalService;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.goals.GoalView;
import nl.kopgroep.organisation.Coachee;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.Person;
import nl.kopgroep.programme.MarkdownRenderer;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading entries, where trust is won or lost (PRODUCT.md §4): an entry is read by its author; by
 * the author's assigned coaches when shared with the coach or the group; by the members of the
 * author's cohort when shared with the group — and by nobody else, whatever their role. Being a
 * manager or an admin never opens an entry. Every read by someone other than the author is logged.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class EntryReadingService {

    private final ReflectionRepository reflections;
    private final ReadLog readLog;
    private final EntryAccess access;
    private final CohortService cohorts;
    private final CurrentUser currentUser;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    private final GoalService goals;
    private final CoacheeGoalService coacheeGoals;
    private final JournalStatistics statistics;

    EntryReadingService(ReflectionRepository reflections, ReadLog readLog, EntryAccess access, CohortService cohorts,
                        CurrentUser currentUser, MarkdownRenderer markdown, Clock clock, GoalService goals,
                        CoacheeGoalService coacheeGoals, JournalStatistics statistics) {
        this.statistics = statistics;
        this.reflections = reflections;
        this.readLog = readLog;
        this.access = access;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.markdown = markdown;
        this.clock = clock;
        this.goals = goals;
        this.coacheeGoals = coacheeGoals;
    }

    /**
     * One of my coachees' entries that I may read (shared with their coaches or the group) written since the
     * start of {@code from}, per quarter and municipal role. A private entry never counts, not even as a number.
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<nl.kopgroep.base.RoleTally> sharedRoleTallies(UserId author, nl.kopgroep.base.Quarter from) {
        if (!cohorts.coachesParticipant(author)) {
            throw new nl.kopgroep.base.NotFoundException();
        }
        return statistics.roleTallies(author.value(), true, from.start());
    }

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
            // Only entries of the cohort's active participants: a deactivated account's GROUP entries stop showing.
            Set<UserId> active = access.activeIn(myCohorts.stream().map(CohortId::new).toList());
            visible.addAll(reflections.findByCohortIdInAndContentVisibilityOrderByUpdatedAtDesc(myCohorts, Visibility.GROUP)
                    .stream().filter(r -> active.contains(r.authorId())).toList());
        }
        Map<Long, Reflection> distinct = visible.stream().filter(r -> !r.authorId().equals(me))
                .collect(Collectors.toMap(r -> r.id().value(), Function.identity(), (a, b) -> a));
        Map<Long, String> names = access.authorNames();
        return distinct.values().stream().sorted(Comparator.comparing(Reflection::updatedAt).reversed())
                .map(r -> EntrySummaries.of(r, names.getOrDefault(r.authorId().value(), ""), false)).toList();
    }

    /**
     * Reads one entry, if the rules allow it; otherwise it does not exist for this reader (the same
     * answer as for an id that does not exist). Logs the read when the reader is not the author.
     */
    @PreAuthorize("isAuthenticated()")
    public EntryView read(ReflectionId id) {
        Reflection reflection = access.readable(id);
        boolean own = reflection.authorId().equals(currentUser.id());
        if (!own) {
            readLog.record(reflection.id(), currentUser.id(), clock.instant());
        }
        String author = own ? currentUser.require().displayName()
                : access.authorNames().getOrDefault(reflection.authorId().value(), "");
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
        return sharedByCoachees(coachees);
    }

    /** The entries one of my coachees shared with me (as coach or with their group), oldest first; none for another. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<EntrySummary> coacheeEntries(UserId coachee) {
        return cohorts.myCoachees().stream().filter(c -> c.person().id().equals(coachee)).findFirst()
                .map(c -> sharedByCoachees(Map.of(coachee.value(), c.person().displayName())))
                .orElse(List.of());
    }

    /** The entries these coachees (id → name) shared with their coach or group, oldest first. */
    private List<EntrySummary> sharedByCoachees(Map<Long, String> coachees) {
        if (coachees.isEmpty()) {
            return List.of();
        }
        return reflections.findByAuthorIdInAndContentVisibilityInOrderByUpdatedAtDesc(coachees.keySet(),
                        EnumSet.of(Visibility.COACH, Visibility.GROUP)).stream()
                .sorted(Comparator.comparing(Reflection::createdAt))
                .map(r -> EntrySummaries.of(r, coachees.getOrDefault(r.authorId().value(), ""), false))
                .toList();
    }

    /** Whether the signed-in coach coaches the author of this entry and may review it. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public boolean reviewable(ReflectionId id) {
        return reflections.findById(id.value()).map(access::coachOf).orElse(false);
    }

    /** The linked goal's title, for the author and the author's coaches (who see all goals); nobody else. */
    private @Nullable String goalTitle(Reflection reflection, boolean own) {
        Long goal = reflection.goalId();
        if (goal == null) {
            return null;
        }
        List<GoalView> visible = own ? goals.myGoals()
                : access.coachOf(reflection) ? coacheeGoals.goalsOf(reflection.authorId()) : List.of();
        return visible.stream().filter(g -> g.id() == goal).map(GoalView::title).findFirst().orElse(null);
    }
}
