package nl.kopgroep.joint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.ReportingPeriod;
import nl.kopgroep.base.SmallGroups;
import nl.kopgroep.goals.GoalDirectory;
import nl.kopgroep.goals.GoalStatus;
import nl.kopgroep.goals.WorkGoalProgress;
import nl.kopgroep.goals.WorkGoalReportingService;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The joint programme's dashboard for the regiegemeente's administrators and the managers of every taking-part
 * municipality. Across the border only counts cross, each about at least {@value SmallGroups#MIN_PEOPLE}
 * participants; the reader's own municipality's part comes in full through {@link WorkGoalReportingService}, as on
 * its own dashboard. A programme the reader's municipality does not take part in is not found. A fixed number of
 * statements, whatever the number of opgaven, goals or municipalities.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
@Transactional(readOnly = true)
public class JointDashboardService {

    private final JointProgrammeStore store;
    private final JointOpgaveStore opgaven;
    private final GoalDirectory goals;
    private final WorkGoalReportingService reporting;
    private final OrganisationDirectory organisations;
    private final CurrentUser currentUser;
    private final Clock clock;

    JointDashboardService(JointProgrammeStore store, JointOpgaveStore opgaven, GoalDirectory goals,
                          WorkGoalReportingService reporting, OrganisationDirectory organisations,
                          CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.opgaven = opgaven;
        this.goals = goals;
        this.reporting = reporting;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The programmes whose dashboard I may read: all of my municipality's as manager, those with the regie as administrator. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<JointProgrammeRef> programmes() {
        return store.ofOrganisation(currentUser.organisationId()).stream().filter(this::mayRead).toList();
    }

    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public JointDashboard dashboard(JointProgrammeId id) {
        JointProgrammeRef programme = store.find(id).orElseThrow(NotFoundException::new);
        OrganisationId me = currentUser.organisationId();
        List<OrganisationId> members = store.members(id);
        if (!members.contains(me) || !mayRead(programme)) {
            throw new NotFoundException();
        }
        Map<OrganisationId, String> names = organisations.organisationNames(members);
        List<JointOpgaveStore.Link> links = opgaven.links(id);
        Map<Long, GoalDirectory.WorkGoalFact> facts = goals.workGoalFacts(
                links.stream().map(JointOpgaveStore.Link::goal).toList());
        Map<Long, WorkGoalProgress> own = links.stream().anyMatch(l -> l.organisation().equals(me))
                ? ownGoals() : Map.of();
        List<JointDashboard.Opgave> result = new ArrayList<>();
        for (JointOpgave opgave : opgaven.opgaven(id)) {
            List<GoalDirectory.WorkGoalFact> linked = links.stream().filter(l -> l.opgave() == opgave.id())
                    .map(l -> facts.get(l.goal())).filter(java.util.Objects::nonNull)
                    .filter(f -> members.contains(f.organisation())).toList();
            List<JointDashboard.Part> parts = members.stream()
                    .map(member -> new JointDashboard.Part(names.getOrDefault(member, ""), member.equals(me),
                            figures(linked.stream().filter(f -> f.organisation().equals(member)).toList())))
                    .sorted(Comparator.comparing(JointDashboard.Part::municipality)).toList();
            List<JointDashboard.OwnGoal> ownGoals = linked.stream().filter(f -> f.organisation().equals(me))
                    .map(f -> own.get(f.goal())).filter(java.util.Objects::nonNull)
                    .map(g -> new JointDashboard.OwnGoal(g.title(), g.ownerName(), g.status(), g.keyResultProgress()))
                    .sorted(Comparator.comparing(JointDashboard.OwnGoal::ownerName)).toList();
            // DD009 across the border: the total minus the parts shown must not give away a part under five
            // (complementary suppression), so the total is withheld when the hidden parts together count 1–4 people.
            int hiddenPeople = members.stream()
                    .mapToInt(member -> people(linked.stream().filter(f -> f.organisation().equals(member)).toList()))
                    .filter(count -> !SmallGroups.shown(count)).sum();
            JointDashboard.Figures total = hiddenPeople > 0 && !SmallGroups.shown(hiddenPeople)
                    ? JointDashboard.Figures.hidden() : figures(linked);
            result.add(new JointDashboard.Opgave(opgave, total, parts, ownGoals));
        }
        return new JointDashboard(programme, names.getOrDefault(programme.regie(), ""), result);
    }

    private boolean mayRead(JointProgrammeRef programme) {
        return currentUser.hasRole(Role.MANAGER) || programme.regie().equals(currentUser.organisationId());
    }

    /** My municipality's WORK goals as its management sees them today. */
    private Map<Long, WorkGoalProgress> ownGoals() {
        LocalDate today = LocalDate.now(clock);
        return reporting.workGoalProgress(new ReportingPeriod(null, today.minusYears(1), today)).stream()
                .collect(Collectors.toMap(WorkGoalProgress::goalId, g -> g, (a, b) -> a));
    }

    private static int people(List<GoalDirectory.WorkGoalFact> linked) {
        return (int) linked.stream().map(f -> f.owner().value()).distinct().count();
    }

    private static JointDashboard.Figures figures(List<GoalDirectory.WorkGoalFact> linked) {
        Set<Long> people = new HashSet<>();
        linked.forEach(f -> people.add(f.owner().value()));
        if (!SmallGroups.shown(people.size())) {
            return JointDashboard.Figures.hidden();
        }
        return new JointDashboard.Figures(true, people.size(), linked.size(), count(linked, GoalStatus.ON_TRACK),
                count(linked, GoalStatus.ATTENTION), count(linked, GoalStatus.OFF_TRACK));
    }

    private static int count(List<GoalDirectory.WorkGoalFact> linked, GoalStatus status) {
        return (int) linked.stream().filter(f -> f.status() == status).count();
    }
}
