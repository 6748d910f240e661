package nl.kopgroep.connections;

import java.util.List;

/**
 * How the map changed since a snapshot: actors and ties added and removed (by name, as far as the
 * snapshot and the map still know it) and the indicators then and now.
 */
public record SnapshotComparison(MapSnapshot snapshot, List<String> addedActors, List<String> removedActors,
                                 List<String> addedTies, List<String> removedTies, MapAnalysis.Result then,
                                 MapAnalysis.Result now) {
}
