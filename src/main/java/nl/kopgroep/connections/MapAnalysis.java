package nl.kopgroep.connections;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jspecify.annotations.Nullable;

/**
 * The analysis that teaches, computed on the map as an undirected graph with the participant as the
 * vertex {@link #ME} (JGraphT). Pure: no database, no user; {@code MapAnalysisTest} checks it on small
 * graphs computed by hand.
 *
 * <ul>
 * <li><b>Burt's constraint</b> of the participant (Burt 1992): c = Σ<sub>j</sub> (p<sub>ij</sub> +
 * Σ<sub>q≠i,j</sub> p<sub>iq</sub>·p<sub>qj</sub>)², summed over the participant's contacts j, where
 * p<sub>ij</sub> is the share of i's tie weight that goes to j (a weak tie weighs 1, a strong one 2; two ties
 * between the same pair add up). Low constraint = contacts that do not know each other = brokerage across
 * structural holes; 1 = a single contact.</li>
 * <li><b>Betweenness</b> of the participant, normalised to 0–1 (Freeman; raw score from JGraphT's {@link BetweennessCentrality}):
 * the share of shortest paths between others that run through them.</li>
 * <li><b>Groups only the participant connects</b>: the components of the map without the participant that
 * hold at least one of their contacts — when there are two or more, the participant bridges a hole.</li>
 * <li><b>Goals on a single tie</b>: a goal served by one tie, or whose ties all involve the same one actor.</li>
 * <li><b>Horizontal working</b>: the share of ties that cross a department of the municipality (both ends
 * inside, departments known and different; the participant's department is the map's own) or the boundary
 * of the municipality (one end outside — partner, initiative, expert, other municipality — and one inside, or
 * any end another municipality). Ties with the political-administrative level are vertical and never count.</li>
 * <li><b>Regie/verbinden balance</b>: counts of each type.</li>
 * </ul>
 */
public final class MapAnalysis {

    /** The participant's own vertex; actor ids are positive. */
    public static final long ME = 0L;

    /** What the analysis found. Shares are 0–1; constraint and shares are null without ties. */
    public record Result(@Nullable Double constraint, double betweenness, List<List<Long>> bridgedGroups,
                         List<Long> unconnectedActors, List<Long> singleTieGoals, List<Long> goalsWithoutTie,
                         int ties, int crossingDepartments, int crossingMunicipality, int horizontal,
                         int regie, int verbinden, List<ActorKind> missingKinds, int actors) {

        public @Nullable Double horizontalShare() {
            return ties == 0 ? null : horizontal / (double) ties;
        }

        public @Nullable Double regieShare() {
            return ties == 0 ? null : regie / (double) ties;
        }
    }

    private MapAnalysis() {
    }

    public static Result analyse(List<MapActor> actors, List<MapTie> ties, @Nullable String ownDepartment,
                                 Collection<Long> goalIds) {
        Graph<Long, DefaultWeightedEdge> graph = graph(actors, ties);
        Double constraint = graph.degreeOf(ME) == 0 ? null : constraint(graph, ME);
        double betweenness = betweenness(graph);

        Set<Long> contacts = neighbours(graph, ME);
        Set<Long> others = new HashSet<>(graph.vertexSet());
        others.remove(ME);
        List<List<Long>> groups = new ArrayList<>();
        for (Set<Long> component : new ConnectivityInspector<>(new AsSubgraph<>(graph, others)).connectedSets()) {
            if (component.stream().anyMatch(contacts::contains)) {
                groups.add(component.stream().sorted().toList());
            }
        }
        groups.sort(Comparator.comparingInt((List<Long> g) -> -g.size()).thenComparing(g -> g.get(0)));
        List<List<Long>> bridged = groups.size() >= 2 ? List.copyOf(groups) : List.of();
        List<Long> unconnected = actors.stream().map(MapActor::id).filter(id -> graph.degreeOf(id) == 0).toList();

        Map<Long, List<MapTie>> byGoal = new LinkedHashMap<>();
        ties.forEach(tie -> tie.goals().forEach(goal -> byGoal.computeIfAbsent(goal, g -> new ArrayList<>()).add(tie)));
        List<Long> single = byGoal.entrySet().stream().filter(e -> restsOnOne(e.getValue())).map(Map.Entry::getKey)
                .sorted().toList();
        List<Long> withoutTie = goalIds.stream().filter(goal -> !byGoal.containsKey(goal)).sorted().toList();

        Map<Long, MapActor> byId = new HashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
        int departments = 0;
        int municipality = 0;
        int horizontal = 0;
        int regie = 0;
        for (MapTie tie : ties) {
            MapActor from = tie.fromActor() == null ? null : byId.get(tie.fromActor());
            MapActor to = byId.get(tie.toActor());
            if (to == null || (tie.fromActor() != null && from == null)) {
                continue;
            }
            boolean crossesMunicipality = crossesMunicipality(from, to);
            boolean crossesDepartment = !crossesMunicipality && crossesDepartment(from, to, ownDepartment);
            departments += crossesDepartment ? 1 : 0;
            municipality += crossesMunicipality ? 1 : 0;
            horizontal += crossesDepartment || crossesMunicipality ? 1 : 0;
            regie += tie.type() == TieType.REGIE ? 1 : 0;
        }
        EnumSet<ActorKind> missing = EnumSet.allOf(ActorKind.class);
        actors.forEach(a -> missing.remove(a.kind()));
        return new Result(constraint, betweenness, bridged, unconnected, single, withoutTie, ties.size(), departments,
                municipality, horizontal, regie, ties.size() - regie, List.copyOf(missing), actors.size());
    }

    /** Burt's constraint of one vertex on a weighted undirected graph (see the class comment). */
    static double constraint(Graph<Long, DefaultWeightedEdge> graph, long ego) {
        Set<Long> contacts = neighbours(graph, ego);
        double total = 0;
        for (long j : contacts) {
            double indirect = 0;
            for (long q : contacts) {
                if (q != j && graph.containsEdge(q, j)) {
                    indirect += share(graph, ego, q) * share(graph, q, j);
                }
            }
            double c = share(graph, ego, j) + indirect;
            total += c * c;
        }
        return total;
    }

    /**
     * Freeman's normalised betweenness of the participant: the pairs of others whose shortest paths run
     * through them, divided by the number of pairs, (n−1)(n−2)/2. (JGraphT's own normalisation divides an
     * undirected score by (n−1)(n−2), which would give a star's centre 0.5.) Paths count steps: a strong
     * tie is no longer or shorter than a weak one.
     */
    private static double betweenness(Graph<Long, DefaultWeightedEdge> graph) {
        int n = graph.vertexSet().size();
        if (n < 3) {
            return 0;
        }
        double pairs = (n - 1) * (n - 2) / 2.0;
        return new BetweennessCentrality<>(new AsUnweightedGraph<>(graph), false).getVertexScore(ME) / pairs;
    }

    /** p_ij: the share of i's tie weight that goes to j. */
    private static double share(Graph<Long, DefaultWeightedEdge> graph, long i, long j) {
        DefaultWeightedEdge edge = graph.getEdge(i, j);
        if (edge == null) {
            return 0;
        }
        double sum = graph.edgesOf(i).stream().mapToDouble(graph::getEdgeWeight).sum();
        return graph.getEdgeWeight(edge) / sum;
    }

    static Graph<Long, DefaultWeightedEdge> graph(List<MapActor> actors, List<MapTie> ties) {
        SimpleWeightedGraph<Long, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        graph.addVertex(ME);
        actors.forEach(a -> graph.addVertex(a.id()));
        for (MapTie tie : ties) {
            long from = tie.fromActor() == null ? ME : tie.fromActor();
            long to = tie.toActor();
            if (from == to || !graph.containsVertex(from) || !graph.containsVertex(to)) {
                continue;
            }
            DefaultWeightedEdge edge = graph.getEdge(from, to);
            if (edge == null) {
                graph.setEdgeWeight(graph.addEdge(from, to), tie.strength().weight());
            } else {
                graph.setEdgeWeight(edge, graph.getEdgeWeight(edge) + tie.strength().weight());
            }
        }
        return graph;
    }

    private static Set<Long> neighbours(Graph<Long, DefaultWeightedEdge> graph, long vertex) {
        Set<Long> result = new HashSet<>();
        for (DefaultWeightedEdge edge : graph.edgesOf(vertex)) {
            long source = graph.getEdgeSource(edge);
            result.add(source == vertex ? graph.getEdgeTarget(edge) : source);
        }
        return result;
    }

    private static boolean restsOnOne(List<MapTie> ties) {
        if (ties.size() == 1) {
            return true;
        }
        Set<Long> involved = new HashSet<>();
        for (MapTie tie : ties) {
            if (tie.fromActor() != null) {
                involved.add(tie.fromActor());
            }
            involved.add(tie.toActor());
        }
        return involved.size() == 1;
    }

    /** from null: the participant, who works inside the municipality. */
    private static boolean crossesMunicipality(@Nullable MapActor from, MapActor to) {
        boolean fromOutside = from != null && from.kind().outsideMunicipality();
        boolean toOutside = to.kind().outsideMunicipality();
        return fromOutside != toOutside || (from != null && from.kind() == ActorKind.OTHER_MUNICIPALITY)
                || to.kind() == ActorKind.OTHER_MUNICIPALITY;
    }

    private static boolean crossesDepartment(@Nullable MapActor from, MapActor to, @Nullable String ownDepartment) {
        if ((from != null && from.kind() != ActorKind.INTERNAL) || to.kind() != ActorKind.INTERNAL) {
            return false;
        }
        String a = normal(from == null ? ownDepartment : from.department());
        String b = normal(to.department());
        return a != null && b != null && !a.equals(b);
    }

    private static @Nullable String normal(@Nullable String department) {
        return department == null || department.isBlank() ? null : department.strip().toLowerCase(Locale.ROOT);
    }
}
