package nl.kopgroep.goals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kopgroep.agreement.AgreementService;
import nl.kopgroep.programme.ProgrammeService;
import org.springframework.stereotype.Component;

/** Goals as the screens show them: with links, key results, last check-in, adjustments, re-link flags and roles. */
@Component
class GoalViews {

    private final GoalRepository goals;
    private final GoalHistoryStore history;
    private final AgreementService agreements;
    private final ProgrammeService programme;
    private final GoalRoleStore roles;

    GoalViews(GoalRepository goals, GoalHistoryStore history, AgreementService agreements, ProgrammeService programme,
              GoalRoleStore roles) {
        this.goals = goals;
        this.roles = roles;
        this.history = history;
        this.agreements = agreements;
        this.programme = programme;
    }

    /** The goals as views, in a fixed number of statements however many goals there are. */
    List<GoalView> of(List<Goal> list, String ownerName) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = Goal.ids(list);
        goals.fetchKeyResults(ids);
        goals.fetchLinks(ids);
        boolean anyCompetency = list.stream().anyMatch(goal -> !goal.linked(LinkType.COMPETENCY).isEmpty());
        Map<String, String> competencyNames = anyCompetency ? programme.competencyNames() : Map.of();
        Map<String, String> current = currentCommitmentTitles();
        Map<Long, Instant> lastCheckIns = history.lastCheckIns(ids);
        Map<Long, List<Adjustment>> adjustments = history.adjustments(ids);
        Map<Long, List<nl.kopgroep.base.MunicipalRole>> goalRoles = roles.goalRoles(ids);
        Map<Long, GoalView> result = new LinkedHashMap<>();
        for (Goal goal : list) {
            List<String> linked = goal.linked(LinkType.COMMITMENT);
            result.put(goal.id(), new GoalView(goal.id(), ownerName, goal.kind(), goal.title(), goal.description(),
                    goal.status(), linked, goal.linked(LinkType.COMPETENCY).stream()
                            .map(code -> competencyNames.getOrDefault(code, code)).toList(),
                    goal.keyResults().stream().map(KeyResult::view).toList(), lastCheckIns.get(goal.id()),
                    relinkNeeded(linked, goal.linkedTitles(), current),
                    adjustments.getOrDefault(goal.id(), List.of()), goalRoles.getOrDefault(goal.id(), List.of())));
        }
        return List.copyOf(result.values());
    }

    Map<String, String> currentCommitmentTitles() {
        return agreements.current().map(a -> a.commitmentTitles()).orElse(Map.of());
    }

    /** Linked codes the agreement in force no longer has, or whose title changed since the goal was linked. */
    static List<String> relinkNeeded(List<String> linked, Map<String, String> linkedTitles,
                                             Map<String, String> current) {
        return linked.stream().filter(code -> !current.containsKey(code)
                || (linkedTitles.get(code) != null && !linkedTitles.get(code).equals(current.get(code)))).toList();
    }
}
