package nl.kopgroep.connections;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kopgroep.base.UserId;
import nl.kopgroep.goals.CoacheeGoalService;
import nl.kopgroep.goals.GoalView;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coach reads the map of a coachee who shared it (COACH or GROUP) and talks about it with them. Each
 * read is logged for the participant to see, like a journal entry's reads.
 */
@Service
@PreAuthorize("hasRole('COACH')")
@Transactional
public class CoacheeMapService {

    private final MapStore store;
    private final MapAccess access;
    private final MapPages pages;
    private final CoacheeGoalService goals;
    private final CohortService cohorts;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    CoacheeMapService(MapStore store, MapAccess access, MapPages pages, CoacheeGoalService goals, CohortService cohorts,
                      CurrentUser currentUser, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.access = access;
        this.pages = pages;
        this.goals = goals;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A coachee's shared map with its analysis; the read is logged. */
    @PreAuthorize("hasRole('COACH')")
    public MapPage mapOf(UserId participant) {
        MapStore.MapRow map = access.asCoach(participant);
        Map<Long, String> goalTitles = goals.goalsOf(participant).stream()
                .collect(Collectors.toMap(GoalView::id, GoalView::title, (a, b) -> a, java.util.LinkedHashMap::new));
        pages.recordRead(map, currentUser.id(), clock.instant());
        return pages.page(map, pages.name(participant), goalTitles);
    }

    /**
     * The ties of a coachee's map per quarter and role, for their four-roles balance — only of a map shared
     * with the coach: a private map counts nothing, so its ties say nothing either. Not a read of the map.
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<nl.kopgroep.base.RoleTally> roleTalliesOf(UserId participant, nl.kopgroep.base.Quarter from) {
        return store.mapOf(participant).filter(access::coachOf)
                .map(map -> store.roleTallies(map.id(), from.start())).orElse(List.of());
    }

    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<MapComment> comments(UserId participant) {
        return pages.comments(access.asCoach(participant));
    }

    @PreAuthorize("hasRole('COACH')")
    public void addComment(UserId participant, String text) {
        MapStore.MapRow map = access.asCoach(participant);
        store.addComment(map.id(), currentUser.id(), MapPages.checkedComment(text), clock.instant());
        events.publishEvent(new MapCommented(participant, currentUser.require().displayName(), true, List.of(participant)));
    }

    /** The snapshots of a coachee's shared map, newest first. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<MapSnapshot> snapshots(UserId participant) {
        MapStore.MapRow map = access.asCoach(participant);
        return store.snapshots(map.id()).stream().map(ConnectionMapService::snapshotOf).toList();
    }

    /** How a coachee's shared map changed since one of its snapshots. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public SnapshotComparison compare(UserId participant, long snapshotId) {
        MapStore.MapRow map = access.asCoach(participant);
        MapStore.SnapshotRow row = store.snapshots(map.id()).stream().filter(s -> s.id() == snapshotId).findFirst()
                .orElseThrow(nl.kopgroep.base.NotFoundException::new);
        SnapshotContent then = SnapshotContent.fromJson(store.snapshotContent(map.id(), snapshotId)
                .orElseThrow(nl.kopgroep.base.NotFoundException::new));
        Map<Long, String> goalTitles = goals.goalsOf(participant).stream()
                .collect(Collectors.toMap(GoalView::id, GoalView::title, (a, b) -> a, java.util.LinkedHashMap::new));
        return ConnectionMapService.compare(ConnectionMapService.snapshotOf(row), then,
                pages.page(map, pages.name(participant), goalTitles));
    }

    /**
     * My coachees who share their map with me, by name: links for the coach's home, in a fixed number of
     * statements. Opening one checks the assignment and the COACH role again ({@link MapAccess}).
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<SharedMap> sharedWithMe() {
        Map<UserId, String> coachees = cohorts.myCoachees().stream()
                .collect(Collectors.toMap(c -> c.person().id(), c -> c.person().displayName(), (a, b) -> a));
        Map<UserId, MapStore.MapRow> maps = store.mapsOf(coachees.keySet()).stream()
                .filter(m -> m.visibility() != MapVisibility.PRIVATE)
                .collect(Collectors.toMap(MapStore.MapRow::participant, Function.identity()));
        return maps.values().stream()
                .map(m -> new SharedMap(m.participant(), coachees.get(m.participant()), m.visibility(), m.updatedAt()))
                .sorted(Comparator.comparing(SharedMap::name)).toList();
    }
}
