package nl.kopgroep.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The analysis on small maps whose figures are computed by hand in the comments. */
class MapAnalysisTest {

    private final List<MapActor> actors = new ArrayList<>();
    private final List<MapTie> ties = new ArrayList<>();
    private long nextTie = 1;

    @Test
    void threeContactsWhoDoNotKnowEachOtherLeaveLittleConstraintAndAllPathsRunThroughMe() {
        actor(1, ActorKind.INTERNAL, "Wonen");
        actor(2, ActorKind.EXTERNAL_PARTNER, null);
        actor(3, ActorKind.POLITICAL, null);
        tie(null, 1, TieType.REGIE);
        tie(null, 2, TieType.VERBINDEN);
        tie(null, 3, TieType.VERBINDEN);

        MapAnalysis.Result result = analyse("Jeugd");

        // c = 3 × (1/3)² = 1/3
        assertThat(result.constraint()).isCloseTo(1 / 3.0, within(1e-9));
        // the three pairs of contacts all run through me: betweenness 3 of at most 3
        assertThat(result.betweenness()).isCloseTo(1.0, within(1e-9));
        assertThat(result.bridgedGroups()).containsExactlyInAnyOrder(List.of(1L), List.of(2L), List.of(3L));
    }

    @Test
    void aClosedTriangleConstrainsAndBridgesNothing() {
        actor(1, ActorKind.INTERNAL, "Wonen");
        actor(2, ActorKind.INTERNAL, "Wonen");
        tie(null, 1, TieType.REGIE);
        tie(null, 2, TieType.REGIE);
        tie(1L, 2, TieType.REGIE);

        MapAnalysis.Result result = analyse("Wonen");

        // per contact (1/2 + 1/2 × 1/2)² = 0.5625, twice = 1.125
        assertThat(result.constraint()).isCloseTo(1.125, within(1e-9));
        assertThat(result.betweenness()).isZero();
        assertThat(result.bridgedGroups()).as("one group: no hole").isEmpty();
    }

    @Test
    void aPairThatKnowsEachOtherPlusOneLooseContact() {
        actor(1, ActorKind.INTERNAL, null);
        actor(2, ActorKind.INTERNAL, null);
        actor(3, ActorKind.EXPERT, null);
        actor(4, ActorKind.CITIZEN_INITIATIVE, null);
        tie(null, 1, TieType.REGIE);
        tie(null, 2, TieType.REGIE);
        tie(null, 3, TieType.VERBINDEN);
        tie(1L, 2, TieType.REGIE);

        MapAnalysis.Result result = analyse(null);

        // contacts 1 and 2: (1/3 + 1/3 × 1/2)² = 0.25 each; contact 3: (1/3)² = 1/9 → 0.6111
        assertThat(result.constraint()).isCloseTo(0.5 + 1 / 9.0, within(1e-9));
        // of the six pairs among 1–4, (1,3) and (2,3) run through me: 2/6
        assertThat(result.betweenness()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(result.bridgedGroups()).containsExactly(List.of(1L, 2L), List.of(3L));
        assertThat(result.unconnectedActors()).as("actor 4 has no tie at all").containsExactly(4L);
    }

    @Test
    void aStrongTieWeighsTwice() {
        actor(1, ActorKind.INTERNAL, null);
        actor(2, ActorKind.INTERNAL, null);
        tie(null, 1, TieType.REGIE, TieStrength.STRONG);
        tie(null, 2, TieType.REGIE);

        // p = 2/3 and 1/3: (2/3)² + (1/3)² = 5/9
        assertThat(analyse(null).constraint()).isCloseTo(5 / 9.0, within(1e-9));
        assertThat(analyse(null).betweenness()).as("a strong tie is no longer a path").isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aMapWithoutTiesHasNoConstraintAndNoShares() {
        actor(1, ActorKind.INTERNAL, null);
        MapAnalysis.Result result = analyse(null);
        assertThat(result.constraint()).isNull();
        assertThat(result.horizontalShare()).isNull();
        assertThat(result.regieShare()).isNull();
        assertThat(result.missingKinds()).hasSize(5).doesNotContain(ActorKind.INTERNAL);
    }

    @Test
    void horizontalWorkingCountsTiesAcrossDepartmentsAndTheMunicipalitysBoundary() {
        actor(1, ActorKind.INTERNAL, "Wonen");         // me (Jeugd) → Wonen: crosses a department
        actor(2, ActorKind.INTERNAL, "jeugd ");        // me → my own department: not horizontal
        actor(3, ActorKind.OTHER_MUNICIPALITY, null);  // me → another municipality: crosses the boundary
        actor(4, ActorKind.POLITICAL, null);           // me → wethouder: vertical, never horizontal
        actor(5, ActorKind.EXTERNAL_PARTNER, null);
        actor(6, ActorKind.INTERNAL, null);            // department unknown: not counted
        tie(null, 1, TieType.REGIE);
        tie(null, 2, TieType.REGIE);
        tie(null, 3, TieType.VERBINDEN);
        tie(null, 4, TieType.VERBINDEN);
        tie(1L, 5, TieType.VERBINDEN);                 // Wonen → partner: crosses the boundary
        tie(null, 6, TieType.REGIE);

        MapAnalysis.Result result = analyse("Jeugd");

        assertThat(result.ties()).isEqualTo(6);
        assertThat(result.crossingDepartments()).isEqualTo(1);
        assertThat(result.crossingMunicipality()).isEqualTo(2);
        assertThat(result.horizontalShare()).isCloseTo(3 / 6.0, within(1e-9));
        assertThat(result.regie()).isEqualTo(3);
        assertThat(result.verbinden()).isEqualTo(3);
        assertThat(result.regieShare()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void goalsThatRestOnASingleTieOrASingleActor() {
        actor(1, ActorKind.INTERNAL, null);
        actor(2, ActorKind.EXPERT, null);
        actor(3, ActorKind.POLITICAL, null);
        tie(null, 1, TieType.REGIE, TieStrength.WEAK, Set.of(10L, 20L));
        tie(2L, 1, TieType.VERBINDEN, TieStrength.WEAK, Set.of(20L, 30L)); // goal 30: one tie
        tie(null, 2, TieType.VERBINDEN, TieStrength.WEAK, Set.of(40L));
        tie(null, 3, TieType.VERBINDEN, TieStrength.WEAK, Set.of(40L));    // goal 40: two actors
        tie(null, 3, TieType.REGIE, TieStrength.WEAK, Set.of(50L));
        tie(null, 3, TieType.REGIE, TieStrength.WEAK, Set.of(50L));        // goal 50: two ties, both to actor 3

        MapAnalysis.Result result = MapAnalysis.analyse(actors, ties, null, List.of(10L, 20L, 30L, 40L, 50L, 60L));

        // goal 10: one tie; goal 20: ties me–1 and 2–1 involve actors 1 and 2 → not single
        assertThat(result.singleTieGoals()).containsExactly(10L, 30L, 50L);
        assertThat(result.goalsWithoutTie()).containsExactly(60L);
    }

    private MapAnalysis.Result analyse(String ownDepartment) {
        return MapAnalysis.analyse(actors, ties, ownDepartment, List.of());
    }

    private void actor(long id, ActorKind kind, String department) {
        actors.add(new MapActor(id, "Actor " + id, kind, department, null, null));
    }

    private void tie(Long from, long to, TieType type) {
        tie(from, to, type, TieStrength.WEAK);
    }

    private void tie(Long from, long to, TieType type, TieStrength strength) {
        tie(from, to, type, strength, Set.of());
    }

    private void tie(Long from, long to, TieType type, TieStrength strength, Set<Long> goals) {
        ties.add(new MapTie(nextTie++, from, to, type, strength, null, Set.of(), goals, Set.of()));
    }
}
