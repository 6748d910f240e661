package nl.kopgroep.journal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;
import org.springframework.stereotype.Component;

/**
 * The journal's privacy rules (PRODUCT.md §4), in one place for every service of the feature: who
 * may read an entry, who may take part in its conversation, whose names a reader may know. A refused
 * entry looks exactly like a missing one.
 */
@Component
class EntryAccess {

    private final ReflectionRepository reflections;
    private final CohortService cohorts;
    private final OrganisationDirectory directory;
    private final CurrentUser currentUser;

    EntryAccess(ReflectionRepository reflections, CohortService cohorts, OrganisationDirectory directory,
                CurrentUser currentUser) {
        this.reflections = reflections;
        this.cohorts = cohorts;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    /** The signed-in author's own entry, or not found. */
    Reflection own(ReflectionId id) {
        return reflections.findById(id.value()).filter(r -> r.authorId().equals(currentUser.id()))
                .orElseThrow(NotFoundException::new);
    }

    /** An entry the signed-in person may read: their own, or one the rules share with them. */
    Reflection readable(ReflectionId id) {
        Reflection reflection = reflections.findById(id.value()).orElseThrow(NotFoundException::new);
        if (!reflection.authorId().equals(currentUser.id()) && !mayRead(reflection)) {
            throw new NotFoundException();
        }
        return reflection;
    }

    /** An entry whose conversation the signed-in person takes part in: its author, or a coach of the author when shared. */
    Reflection conversable(ReflectionId id) {
        Reflection reflection = reflections.findById(id.value()).orElseThrow(NotFoundException::new);
        boolean author = reflection.authorId().equals(currentUser.id());
        if (!author && !coachOf(reflection)) {
            throw new NotFoundException();
        }
        return reflection;
    }

    /** Whether the signed-in person coaches the author of this shared entry. */
    boolean coachOf(Reflection reflection) {
        return reflection.visibility() != Visibility.PRIVATE && currentUser.hasRole(Role.COACH)
                && cohorts.coachesParticipant(reflection.authorId());
    }

    private boolean mayRead(Reflection reflection) {
        return switch (reflection.visibility()) {
            case PRIVATE -> false;
            case COACH -> coachOf(reflection);
            case GROUP -> coachOf(reflection) || (reflection.cohortId() != null
                    && cohorts.myCohortIds().contains(new CohortId(reflection.cohortId()))
                    && activeIn(new CohortId(reflection.cohortId())).contains(reflection.authorId()));
        };
    }

    /**
     * The active participants of a cohort: only their GROUP entries are read by the cohort. A
     * deactivated participant's entries stop showing to the group (their coach keeps them).
     */
    Set<UserId> activeIn(CohortId cohort) {
        return Set.copyOf(directory.activeParticipants(List.of(cohort)).get(cohort));
    }

    /** The active participants of these cohorts, all in one set. */
    Set<UserId> activeIn(Collection<CohortId> cohortIds) {
        Set<UserId> active = new HashSet<>();
        directory.activeParticipants(cohortIds).values().forEach(active::addAll);
        return active;
    }

    /** Names of the authors a reader may know: their coachees and the members of their cohorts. */
    Map<Long, String> authorNames() {
        Map<Long, String> names = new HashMap<>();
        cohorts.namesInMyCohorts().forEach((id, name) -> names.put(id.value(), name));
        if (currentUser.hasRole(Role.COACH)) {
            cohorts.myCoachees().forEach(c -> names.put(c.person().id().value(), c.person().displayName()));
        }
        return names;
    }

    /** Names of people who wrote in or read an entry the signed-in person may see. */
    Map<UserId, String> names(Collection<UserId> people) {
        return directory.displayNames(people);
    }
}
