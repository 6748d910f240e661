package nl.kopgroep.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kopgroep.base.UserId;
import org.junit.jupiter.api.Test;

/** The drawing's layout: the participant in the centre, everyone inside the picture, the same every time. */
class MapLayoutTest {

    @Test
    void eightyActorsFitAroundTheParticipantTheSameWayEveryTime() {
        MapPage page = page(80);
        long start = System.nanoTime();
        Map<Long, MapLayout.Position> positions = MapLayout.of(page);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(positions).hasSize(81);
        assertThat(positions.get(MapAnalysis.ME).x()).isCloseTo(0.5, within(1e-9));
        assertThat(positions.get(MapAnalysis.ME).y()).isCloseTo(0.5, within(1e-9));
        assertThat(positions.values()).allSatisfy(p -> {
            assertThat(p.x()).isBetween(0.0, 1.0);
            assertThat(p.y()).isBetween(0.0, 1.0);
        });
        assertThat(positions.values().stream().map(p -> Math.round(p.x() * 200) + ":" + Math.round(p.y() * 200)).distinct())
                .as("no two nodes on the same spot").hasSize(81);
        assertThat(MapLayout.of(page)).as("a fixed seed: the same map is drawn the same way").isEqualTo(positions);
        assertThat(millis).as("layout time in ms").isLessThan(5_000);
    }

    @Test
    void aSmallMapToo() {
        assertThat(MapLayout.of(page(5))).hasSize(6);
    }

    private static MapPage page(int size) {
        List<MapActor> actors = new ArrayList<>();
        List<MapTie> ties = new ArrayList<>();
        for (long i = 1; i <= size; i++) {
            actors.add(new MapActor(i, "Actor " + i, ActorKind.values()[(int) (i % 6)], null, null, null));
            ties.add(new MapTie(i, i % 3 == 0 ? i - 1 : null, i, TieType.REGIE, TieStrength.WEAK, null, Set.of(), Set.of(),
                    Set.of()));
        }
        return new MapPage(new UserId(1), "Sanne", MapVisibility.PRIVATE, null, null, actors, ties, Map.of(),
                MapAnalysis.analyse(actors, ties, null, List.of()));
    }
}
