package nl.kopgroep.connections;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;
import org.springframework.stereotype.Component;

/**
 * The map's privacy rules, the journal's (PRODUCT.md §4) applied to a map: the participant; their assigned
 * coach (holding the COACH role in the database now) for COACH and GROUP; active members of their cohort for
 * GROUP. Roles alone grant nothing, so managers and admins see no map. A refused map looks like a missing one.
 */
@Component
class MapAccess {

    private final MapStore store;
    private final CohortService cohorts;
    private final OrganisationDirectory directory;
    private final CurrentUser currentUser;

    MapAccess(MapStore store, CohortService cohorts, OrganisationDirectory directory, CurrentUser currentUser) {
        this.store = store;
        this.cohorts = cohorts;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    /** The participant's map as their coach may read it. */
    MapStore.MapRow asCoach(UserId participant) {
        MapStore.MapRow map = store.mapOf(participant).orElseThrow(NotFoundException::new);
        if (!coachOf(map)) {
            throw new NotFoundException();
        }
        return map;
    }

    boolean coachOf(MapStore.MapRow map) {
        return map.visibility() != MapVisibility.PRIVATE && currentUser.hasRole(Role.COACH)
                && cohorts.coachesParticipant(map.participant());
    }

    /** A map shared with the cohort, read by a fellow member (participant or coach of the cohort). */
    MapStore.MapRow asCohortMember(UserId participant) {
        MapStore.MapRow map = store.mapOf(participant).orElseThrow(NotFoundException::new);
        if (map.visibility() != MapVisibility.GROUP || participant.equals(currentUser.id())
                || !activeInMyCohorts().contains(participant)) {
            throw new NotFoundException();
        }
        return map;
    }

    Set<UserId> activeInMyCohorts() {
        Set<UserId> active = new HashSet<>();
        directory.activeParticipants(cohorts.myCohortIds()).values().forEach(active::addAll);
        return active;
    }

    List<MapStore.MapRow> groupMapsOf(Set<UserId> people) {
        return store.mapsOf(people).stream().filter(m -> m.visibility() == MapVisibility.GROUP).toList();
    }
}
