package nl.kopgroep.joint;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.goals.GoalKind;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.goals.GoalView;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant and the joint programme their cohort belongs to: its opgaven, and linking their own WORK goals
 * to one. The goal keeps its own links to its municipality's coalition agreement; the link to an opgave only adds
 * that it serves a shared opgave. Only their own WORK goals, only an opgave of their own programme.
 */
@Service
@PreAuthorize("hasRole('PARTICIPANT')")
@Transactional
public class JointParticipationService {

    private final JointProgrammeStore store;
    private final JointOpgaveStore opgaven;
    private final CohortService cohorts;
    private final GoalService goals;
    private final OrganisationDirectory organisations;
    private final CurrentUser currentUser;
    private final Clock clock;

    JointParticipationService(JointProgrammeStore store, JointOpgaveStore opgaven, CohortService cohorts,
                              GoalService goals, OrganisationDirectory organisations, CurrentUser currentUser,
                              Clock clock) {
        this.store = store;
        this.opgaven = opgaven;
        this.cohorts = cohorts;
        this.goals = goals;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The joint programme of my cohort, if it belongs to one. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public Optional<MyJointProgramme> myProgramme() {
        return programme().map(ref -> {
            List<OrganisationId> members = store.members(ref.id());
            Map<OrganisationId, String> names = organisations.organisationNames(members);
            List<GoalView> mine = myWorkGoals();
            Map<Long, Long> linked = opgaven.opgaveOf(mine.stream().map(GoalView::id).toList());
            return new MyJointProgramme(ref, names.getOrDefault(ref.regie(), ""),
                    members.stream().map(m -> names.getOrDefault(m, "")).sorted().toList(), opgaven.opgaven(ref.id()),
                    mine.stream().map(g -> new MyJointProgramme.MyGoal(g.id(), g.title(), g.commitments(),
                            linked.get(g.id()))).toList());
        });
    }

    /** Links my WORK goal to an opgave of my programme (replacing an earlier link). */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void link(long goal, long opgave) {
        JointProgrammeRef programme = programme().orElseThrow(NotFoundException::new);
        if (!opgaven.programmeOf(opgave).map(programme.id()::equals).orElse(false)) {
            throw new NotFoundException();
        }
        requireMine(goal);
        opgaven.link(goal, opgave, currentUser.id(), currentUser.organisationId(), clock.instant());
    }

    /** Takes my goal's link to an opgave away; the goal itself stays as it is. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void unlink(long goal) {
        requireMine(goal);
        opgaven.unlink(goal, currentUser.id());
    }

    private void requireMine(long goal) {
        if (myWorkGoals().stream().noneMatch(g -> g.id() == goal)) {
            throw new NotFoundException();
        }
    }

    private List<GoalView> myWorkGoals() {
        return goals.myGoals().stream().filter(g -> g.kind() == GoalKind.WORK).toList();
    }

    private Optional<JointProgrammeRef> programme() {
        return store.programmesOfCohorts(cohorts.myCohortIds()).values().stream().findFirst().flatMap(store::find);
    }
}
