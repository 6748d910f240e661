package nl.kopgroep.connections;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** What a snapshot keeps, stored as JSON: the actors and ties of that moment and the indicators then. */
record SnapshotContent(List<MapActor> actors, List<MapTie> ties, MapAnalysis.Result indicators) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static SnapshotContent fromJson(String json) {
        return JSON.readValue(json, SnapshotContent.class);
    }
}
