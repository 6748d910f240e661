package nl.kopgroep.connections;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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
 * centre and scaled into the unit circle around (0.5, 0.5). Pure; the view turns it into SVG.
 */
public final class MapLayout {

    /** A position in the unit square; (0.5, 0.5) is the centre. */
    public record Position(double x, double y) {
    }

    private static final long SEED = 20_14L;
    private static final double SIDE = 1000;

    /** The free margin around the participant and the outer edge, as radii in the unit square. */
    private static final double INNER = 0.09;
    private static final double OUTER = 0.48;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    private MapLayout() {
    }

    /**
     * Nodes that ended up (nearly) on top of each other — a chain of actors in one direction — are pushed
     * apart a few times until each keeps a minimum distance (larger on small maps), the participant fixed.
     */
    private static Map<Long, Position> separated(Map<Long, Position> start, List<Long> others) {
        int n = others.size();
        double minimum = Math.min(0.1, 0.4 / Math.sqrt(n + 1.0));
        double[][] p = new double[n + 1][];
        p[0] = new double[] {0.5, 0.5};
        for (int i = 0; i < n; i++) {
            Position position = start.get(others.get(i));
            p[i + 1] = new double[] {position.x(), position.y()};
        }
        for (int round = 0; round < 40; round++) {
            boolean moved = false;
            for (int i = 0; i <= n; i++) {
                for (int j = i + 1; j <= n; j++) {
                    double dx = p[j][0] - p[i][0];
                    double dy = p[j][1] - p[i][1];
                    double d = Math.hypot(dx, dy);
                    if (d >= minimum) {
                        continue;
                    }
                    if (d < 1e-9) {
                        dx = Math.cos(j * GOLDEN_ANGLE);
                        dy = Math.sin(j * GOLDEN_ANGLE);
                        d = 1;
                    }
                    double push = (minimum - Math.min(d, minimum)) / 2;
                    double ux = dx / d;
                    double uy = dy / d;
                    if (i == 0) {
                        p[j][0] += ux * push * 2;
                        p[j][1] += uy * push * 2;
                    } else {
                        p[i][0] -= ux * push;
                        p[i][1] -= uy * push;
                        p[j][0] += ux * push;
                        p[j][1] += uy * push;
                    }
                    moved = true;
                }
            }
            for (int i = 1; i <= n; i++) {
                double dx = p[i][0] - 0.5;
                double dy = p[i][1] - 0.5;
                double r = Math.hypot(dx, dy);
                if (r > 0.5) {
                    p[i][0] = 0.5 + dx / r * 0.5;
                    p[i][1] = 0.5 + dy / r * 0.5;
                }
            }
            if (!moved) {
                break;
            }
        }
        Map<Long, Position> positions = new HashMap<>();
        positions.put(MapAnalysis.ME, new Position(0.5, 0.5));
        for (int i = 0; i < n; i++) {
            positions.put(others.get(i), new Position(p[i + 1][0], p[i + 1][1]));
        }
        return positions;
    }

    private static double distance(Point2D a, Point2D b) {
        return Math.hypot(a.getX() - b.getX(), a.getY() - b.getY());
    }

    public static Map<Long, Position> of(MapPage page) {
        Graph<Long, DefaultWeightedEdge> graph = MapAnalysis.graph(page.actors(), page.ties());
        MapLayoutModel2D<Long> model = new MapLayoutModel2D<>(Box2D.of(SIDE, SIDE));
        model.put(MapAnalysis.ME, Point2D.of(SIDE / 2, SIDE / 2));
        model.setFixed(MapAnalysis.ME, true);
        new FRLayoutAlgorithm2D<Long, DefaultWeightedEdge>(FRLayoutAlgorithm2D.DEFAULT_ITERATIONS,
                FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(SEED)).layout(graph, model);
        Point2D me = model.get(MapAnalysis.ME);
        // FR keeps what belongs together in the same direction from the participant, but puts all direct
        // contacts in one tight ring and drives loose actors to the far edges. So each node keeps its direction
        // and its order of distance, and gets the radius of its rank: spread evenly over the area of the disc
        // (radius ~ √rank), between a margin around the participant and the edge.
        List<Long> others = graph.vertexSet().stream().filter(v -> v != MapAnalysis.ME)
                .sorted(Comparator.comparingDouble((Long v) -> distance(model.get(v), me)).thenComparing(v -> v)).toList();
        Map<Long, Position> positions = new HashMap<>();
        positions.put(MapAnalysis.ME, new Position(0.5, 0.5));
        for (int rank = 0; rank < others.size(); rank++) {
            Long vertex = others.get(rank);
            Point2D p = model.get(vertex);
            double r = distance(p, me);
            double angle = r < 1e-9 ? rank * GOLDEN_ANGLE : Math.atan2(p.getY() - me.getY(), p.getX() - me.getX());
            double radius = INNER + (OUTER - INNER) * Math.sqrt((rank + 1) / (double) others.size());
            positions.put(vertex, new Position(0.5 + Math.cos(angle) * radius, 0.5 + Math.sin(angle) * radius));
        }
        return separated(positions, others);
    }
}
