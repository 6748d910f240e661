package nl.kopgroep.connections;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Where each node of a map goes: JGraphT's Fruchterman–Reingold layout with a fixed seed (the same map
 * is drawn the same way every time), then moved so the participant ({@link MapAnalysis#ME}) is in the
 * centre and scaled into the unit square. Pure; the view turns it into SVG.
 */
public final class MapLayout {

    /** A position in the unit square; (0.5, 0.5) is the centre. */
    public record Position(double x, double y) {
    }

    private static final long SEED = 20_14L;
    private static final double SIDE = 1000;

    private MapLayout() {
    }

    public static Map<Long, Position> of(MapPage page) {
        Graph<Long, DefaultWeightedEdge> graph = MapAnalysis.graph(page.actors(), page.ties());
        MapLayoutModel2D<Long> model = new MapLayoutModel2D<>(Box2D.of(SIDE, SIDE));
        model.put(MapAnalysis.ME, Point2D.of(SIDE / 2, SIDE / 2));
        model.setFixed(MapAnalysis.ME, true);
        new FRLayoutAlgorithm2D<Long, DefaultWeightedEdge>(FRLayoutAlgorithm2D.DEFAULT_ITERATIONS,
                FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(SEED)).layout(graph, model);
        Point2D me = model.get(MapAnalysis.ME);
        double reach = 1e-9;
        for (Long vertex : graph.vertexSet()) {
            Point2D p = model.get(vertex);
            reach = Math.max(reach, Math.max(Math.abs(p.getX() - me.getX()), Math.abs(p.getY() - me.getY())));
        }
        Map<Long, Position> positions = new HashMap<>();
        for (Long vertex : graph.vertexSet()) {
            Point2D p = model.get(vertex);
            positions.put(vertex, new Position(0.5 + (p.getX() - me.getX()) / reach / 2,
                    0.5 + (p.getY() - me.getY()) / reach / 2));
        }
        return positions;
    }
}
