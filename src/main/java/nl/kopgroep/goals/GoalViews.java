package nl.kopgroep.goals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kopgroep.agreement.AgreementService;
import nl.kopgroep.programme.ProgrammeService;
import org.springframework.stereotype.Component;

/** Goals as the screens show them: with links, key results, last check-in, adjustments and re-link flags. */
@Component
class GoalViews {

    private final GoalStore store;
    private final AgreementService agreements;
    private final ProgrammeService programme;

    GoalViews(GoalStore store, AgreementService agreements, ProgrammeService programme) {
        this.store = store;
        this.agreements = agreements;
        this.programme = programme;
    }

    List<GoalView> of(List<GoalStore.GoalRow> rows, String ownerName) {
        List<Long> ids = rows.stream().map(GoalStore.GoalRow::id).toList();
        Map<Long, List<String>> commitments = store.links(ids, "COMMITMENT");
        Map<Long, Map<String, String>> linkedTitles = store.linkedTitles(ids);
        Map<Long, List<String>> competencies = store.links(ids, "COMPETENCY");
        Map<String, String> competencyNames = competencies.isEmpty() ? Map.of() : programme.competencyNames();
        Map<String, String> current = currentCommitmentTitles();
        Map<Long, List<GoalView.KeyResult>> keyResults = store.keyResults(ids);
        Map<Long, Instant> lastCheckIns = store.lastCheckIns(ids);
        Map<Long, List<Adjustment>> adjustments = store.adjustments(ids);
        Map<Long, GoalView> result = new LinkedHashMap<>();
        for (GoalStore.GoalRow row : rows) {
            List<String> linked = commitments.getOrDefault(row.id(), List.of());
            result.put(row.id(), new GoalView(row.id(), ownerName, row.kind(), row.title(), row.description(), row.status(),
                    linked, competencies.getOrDefault(row.id(), List.of()).stream()
                            .map(code -> competencyNames.getOrDefault(code, code)).toList(),
                    keyResults.getOrDefault(row.id(), List.of()), lastCheckIns.get(row.id()),
                    relinkNeeded(linked, linkedTitles.getOrDefault(row.id(), Map.of()), current),
                    adjustments.getOrDefault(row.id(), List.of())));
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
