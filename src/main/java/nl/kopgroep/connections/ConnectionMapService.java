package nl.kopgroep.connections;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kopgroep.agreement.AgreementDocument;
import nl.kopgroep.agreement.AgreementService;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.goals.GoalView;
import nl.kopgroep.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's own verbindingskaart: actors and ties, who may see it, its analysis, snapshots and
 * the conversation with the coach. Everything is scoped to the signed-in participant's one map; an id
 * from another map is not found.
 */
@Service
@PreAuthorize("hasRole('PARTICIPANT')")
@Transactional
public class ConnectionMapService {

    static final int MAX_NAME = 120;
    static final int MAX_DEPARTMENT = 120;
    static final int MAX_NOTE = 500;
    static final int MAX_ACTORS = 200;
    static final int MAX_COMMENT = 5000;

    private final MapStore store;
    private final MapPages pages;
    private final GoalService goals;
    private final AgreementService agreements;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final nl.kopgroep.organisation.CohortService cohorts;
    private final org.springframework.context.ApplicationEventPublisher events;

    ConnectionMapService(MapStore store, MapPages pages, GoalService goals, AgreementService agreements,
                         CurrentUser currentUser, Clock clock, nl.kopgroep.organisation.CohortService cohorts,
                         org.springframework.context.ApplicationEventPublisher events) {
        this.cohorts = cohorts;
        this.events = events;
        this.store = store;
        this.pages = pages;
        this.goals = goals;
        this.agreements = agreements;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * My map with its analysis. Opening it keeps the half-yearly snapshot: when the current half year
     * has none yet and the map has actors, the map as it is now is kept first.
     */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public MapPage myMap() {
        Map<Long, String> goalTitles = goalOptions();
        return store.mapOf(currentUser.id()).map(map -> {
            keepHalfYearSnapshot(map);
            return pages.page(map, currentUser.require().displayName(), goalTitles);
        }).orElseGet(() -> MapPages.empty(currentUser.id(), currentUser.require().displayName(), goalTitles));
    }

    /** My goals a tie can serve: id → title. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public Map<Long, String> goalOptions() {
        return goals.myGoals().stream().collect(Collectors.toMap(GoalView::id, GoalView::title, (a, b) -> a,
                LinkedHashMap::new));
    }

    /** The commitments of my municipality's agreement in force a tie can serve: code → title. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public Map<String, String> commitmentOptions() {
        return agreements.current().map(AgreementDocument::commitmentTitles).orElse(Map.of());
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    public long addActor(ActorForm form) {
        MapStore.MapRow map = mineOrNew();
        MapStore.ActorFields fields = checked(form);
        if (store.actors(map.id()).size() >= MAX_ACTORS) {
            throw new DomainException("connections.tooManyActors", MAX_ACTORS);
        }
        keepHalfYearSnapshot(map);
        long id = store.addActor(map.id(), fields, clock.instant());
        store.touch(map.id(), clock.instant());
        return id;
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    public void updateActor(long actor, ActorForm form) {
        MapStore.MapRow map = mine();
        MapStore.ActorFields fields = checked(form);
        keepHalfYearSnapshot(map);
        if (!store.updateActor(map.id(), actor, fields)) {
            throw new NotFoundException();
        }
        store.touch(map.id(), clock.instant());
    }

    /**
     * Removes an actor with its ties. The actor's name is also taken out of the snapshots (a third
     * party's name is kept no longer than the participant keeps the actor); the snapshot still counts it.
     */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void deleteActor(long actor) {
        MapStore.MapRow map = mine();
        keepHalfYearSnapshot(map);
        if (!store.deleteActor(map.id(), actor)) {
            throw new NotFoundException();
        }
        store.allSnapshotContents(map.id()).forEach((snapshot, json) -> {
            SnapshotContent content = SnapshotContent.fromJson(json);
            if (content.actors().stream().anyMatch(a -> a.id() == actor)) {
                List<MapActor> scrubbed = content.actors().stream().map(a -> a.id() != actor ? a
                        : new MapActor(a.id(), "", a.kind(), null, null, null)).toList();
                store.replaceSnapshotContent(snapshot, new SnapshotContent(scrubbed, content.ties(), content.indicators())
                        .toJson());
            }
        });
        store.touch(map.id(), clock.instant());
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    public long addTie(TieForm form) {
        MapStore.MapRow map = mine();
        MapStore.TieFields fields = checked(map, form, null);
        keepHalfYearSnapshot(map);
        long id = store.addTie(map.id(), fields, clock.instant());
        store.touch(map.id(), clock.instant());
        return id;
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    public void updateTie(long tie, TieForm form) {
        MapStore.MapRow map = mine();
        MapStore.TieFields fields = checked(map, form, tie);
        keepHalfYearSnapshot(map);
        if (!store.updateTie(map.id(), tie, fields)) {
            throw new NotFoundException();
        }
        store.touch(map.id(), clock.instant());
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    public void deleteTie(long tie) {
        MapStore.MapRow map = mine();
        keepHalfYearSnapshot(map);
        if (!store.deleteTie(map.id(), tie)) {
            throw new NotFoundException();
        }
        store.touch(map.id(), clock.instant());
    }

    /** Who may see my map besides me: the journal's three levels. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void setVisibility(MapVisibility visibility) {
        var map = mineOrNew();
        store.setVisibility(map.id(), visibility);
        if (visibility == MapVisibility.PRIVATE && map.visibility() != MapVisibility.PRIVATE) {
            events.publishEvent(new MapWithdrawn(currentUser.id()));
        }
    }

    /** The ties I added since the start of {@code from}, per quarter and role, for my four-roles balance. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<nl.kopgroep.base.RoleTally> myRoleTallies(nl.kopgroep.base.Quarter from) {
        return store.mapOf(currentUser.id()).map(map -> store.roleTallies(map.id(), from.start())).orElse(List.of());
    }

    /** My own department, so the analysis knows which ties cross departments. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void setOwnDepartment(@Nullable String department) {
        String value = optional(department, MAX_DEPARTMENT, "connections.field.ownDepartment");
        store.setOwnDepartment(mineOrNew().id(), value);
    }

    /** Keeps the map as it is now, by hand. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void takeSnapshot() {
        MapStore.MapRow map = mine();
        snapshot(map, false);
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<MapSnapshot> snapshots() {
        return store.mapOf(currentUser.id()).map(map -> store.snapshots(map.id()).stream()
                .map(ConnectionMapService::snapshotOf).toList()).orElse(List.of());
    }

    /** How my map changed since a snapshot: actors and ties added and removed, indicators then and now. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public SnapshotComparison compare(long snapshotId) {
        MapStore.MapRow map = mine();
        MapStore.SnapshotRow row = store.snapshots(map.id()).stream().filter(s -> s.id() == snapshotId).findFirst()
                .orElseThrow(NotFoundException::new);
        SnapshotContent then = SnapshotContent.fromJson(store.snapshotContent(map.id(), snapshotId)
                .orElseThrow(NotFoundException::new));
        MapPage now = pages.page(map, currentUser.require().displayName(), goalOptions());
        return compare(snapshotOf(row), then, now);
    }

    static SnapshotComparison compare(MapSnapshot snapshot, SnapshotContent then, MapPage now) {
        Map<Long, MapActor> before = then.actors().stream().collect(Collectors.toMap(MapActor::id, Function.identity()));
        Map<Long, MapActor> after = now.actors().stream().collect(Collectors.toMap(MapActor::id, Function.identity()));
        List<String> added = now.actors().stream().filter(a -> !before.containsKey(a.id())).map(MapActor::name).toList();
        List<String> removed = then.actors().stream().filter(a -> !after.containsKey(a.id())).map(MapActor::name).toList();
        Set<Long> tiesBefore = then.ties().stream().map(MapTie::id).collect(Collectors.toSet());
        Set<Long> tiesAfter = now.ties().stream().map(MapTie::id).collect(Collectors.toSet());
        List<String> addedTies = now.ties().stream().filter(t -> !tiesBefore.contains(t.id()))
                .map(t -> tieLabel(t, after)).toList();
        List<String> removedTies = then.ties().stream().filter(t -> !tiesAfter.contains(t.id()))
                .map(t -> tieLabel(t, before)).toList();
        return new SnapshotComparison(snapshot, added, removed, addedTies, removedTies, then.indicators(), now.analysis());
    }

    /** "from – to" by name; the participant is an empty name, which the view calls "jij". */
    private static String tieLabel(MapTie tie, Map<Long, MapActor> actors) {
        String from = tie.fromActor() == null ? "" : name(actors.get(tie.fromActor()));
        return from + " – " + name(actors.get(tie.toActor()));
    }

    private static String name(@Nullable MapActor actor) {
        return actor == null ? "?" : actor.name();
    }

    /** The conversation with my coach about my map. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<MapComment> comments() {
        return store.mapOf(currentUser.id()).map(pages::comments).orElse(List.of());
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    public void addComment(String text) {
        String body = MapPages.checkedComment(text);
        MapStore.MapRow map = mine();
        store.addComment(map.id(), currentUser.id(), body, clock.instant());
        // Only coaches who may read the map now hear of the answer: a private map tells nobody.
        List<UserId> coaches = map.visibility() == MapVisibility.PRIVATE ? List.of()
                : cohorts.myCohort().map(c -> c.myCoaches().stream().map(nl.kopgroep.organisation.Person::id).toList())
                        .orElse(List.of());
        events.publishEvent(new MapCommented(currentUser.id(), currentUser.require().displayName(), false, coaches));
    }

    /** Who opened my shared map lately (my coach, fellow members), newest first. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<MapRead> reads() {
        return store.mapOf(currentUser.id()).map(pages::reads).orElse(List.of());
    }

    // --- rules ----------------------------------------------------------------------------------------

    private MapStore.MapRow mine() {
        return store.mapOf(currentUser.id()).orElseThrow(NotFoundException::new);
    }

    private MapStore.MapRow mineOrNew() {
        return store.mapOf(currentUser.id()).orElseGet(() -> {
            store.createMap(currentUser.id(), currentUser.organisationId(), clock.instant());
            return mine();
        });
    }

    /**
     * The first time a map that existed before this half year is opened or changed in it, it is kept as
     * it stands: the picture of the half year that ended. A map begun this half year waits for the next.
     */
    private void keepHalfYearSnapshot(MapStore.MapRow map) {
        LocalDate today = LocalDate.now(clock);
        LocalDate halfYearStart = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1);
        boolean olderMap = LocalDate.ofInstant(map.createdAt(), clock.getZone()).isBefore(halfYearStart);
        if (olderMap && !store.hasSnapshotIn(map.id(), halfYear(today)) && !store.actors(map.id()).isEmpty()) {
            snapshot(map, true);
        }
    }

    private void snapshot(MapStore.MapRow map, boolean automatic) {
        MapPage page = pages.page(map, "", goalOptions());
        Instant now = clock.instant();
        store.addSnapshot(map.id(), now, halfYear(LocalDate.now(clock)), automatic,
                new SnapshotContent(page.actors(), page.ties(), page.analysis()).toJson());
    }

    /** The calendar half year of a day, e.g. "2026-2" for July to December 2026. */
    static String halfYear(LocalDate day) {
        return day.getYear() + "-" + (day.getMonthValue() <= 6 ? 1 : 2);
    }

    static MapSnapshot snapshotOf(MapStore.SnapshotRow row) {
        return new MapSnapshot(row.id(), row.takenAt(), row.halfYear(), row.automatic());
    }

    private static MapStore.ActorFields checked(ActorForm form) {
        String name = form.getName() == null ? "" : form.getName().strip();
        if (name.isEmpty()) {
            throw new DomainException("connections.actorNameRequired");
        }
        if (name.length() > MAX_NAME) {
            throw new DomainException("connections.tooLong", "connections.field.name", MAX_NAME);
        }
        if (form.getKind() == null) {
            throw new DomainException("connections.kindRequired");
        }
        return new MapStore.ActorFields(name, form.getKind(),
                optional(form.getDepartment(), MAX_DEPARTMENT, "connections.field.department"),
                optional(form.getOrganisationName(), MAX_NAME, "connections.field.organisation"),
                optional(form.getNote(), MAX_NOTE, "connections.field.note"));
    }

    private static @Nullable String optional(@Nullable String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new DomainException("connections.tooLong", field, max);
        }
        return stripped;
    }

    private MapStore.TieFields checked(MapStore.MapRow map, TieForm form, @Nullable Long editing) {
        if (form.getToActor() == null) {
            throw new DomainException("connections.tieToRequired");
        }
        if (form.getType() == null) {
            throw new DomainException("connections.tieTypeRequired");
        }
        long to = form.getToActor();
        Long from = form.getFromActor();
        if (from != null && from == to) {
            throw new DomainException("connections.tieSelf");
        }
        if (!store.hasActor(map.id(), to) || (from != null && !store.hasActor(map.id(), from))) {
            throw new NotFoundException();
        }
        boolean exists = store.ties(map.id()).stream().filter(t -> editing == null || t.id() != editing)
                .anyMatch(t -> samePair(t, from, to));
        if (exists) {
            throw new DomainException("connections.tieExists");
        }
        if (form.getSince() != null && form.getSince().isAfter(LocalDate.now(clock))) {
            throw new DomainException("connections.sinceInFuture");
        }
        if (!form.getGoals().isEmpty() && !goalOptions().keySet().containsAll(form.getGoals())) {
            throw new DomainException("connections.goalUnknown");
        }
        if (!form.getCommitments().isEmpty() && !commitmentOptions().keySet().containsAll(form.getCommitments())) {
            throw new DomainException("connections.commitmentUnknown");
        }
        return new MapStore.TieFields(from, to, form.getType(), form.getStrength(), form.getSince(),
                Set.copyOf(form.getRoles()), Set.copyOf(form.getGoals()), Set.copyOf(form.getCommitments()));
    }

    /** The same two ends, in either direction (a regie tie has a direction, but one tie per pair keeps the map readable). */
    private static boolean samePair(MapTie tie, @Nullable Long from, long to) {
        return (java.util.Objects.equals(tie.fromActor(), from) && tie.toActor() == to)
                || (from != null && tie.fromActor() != null && tie.fromActor() == to && tie.toActor() == from);
    }
}
