package nl.kopgroep.connections;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.OrganisationDirectory;
import org.springframework.stereotype.Component;

/** Builds what a reader sees of a map the services have already authorised. */
@Component
class MapPages {

    private final MapStore store;
    private final OrganisationDirectory directory;

    MapPages(MapStore store, OrganisationDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    MapPage page(MapStore.MapRow map, String ownerName, Map<Long, String> goalTitles) {
        List<MapActor> actors = store.actors(map.id());
        List<MapTie> ties = store.ties(map.id());
        MapAnalysis.Result analysis = MapAnalysis.analyse(actors, ties, map.ownDepartment(), goalTitles.keySet());
        return new MapPage(map.participant(), ownerName, map.visibility(), map.ownDepartment(), map.updatedAt(), actors,
                ties, goalTitles, analysis);
    }

    /** For a cohort member: the network, without goals and commitments (those follow the goals' own rules). */
    MapPage withoutGoals(MapStore.MapRow map, String ownerName) {
        List<MapActor> actors = store.actors(map.id());
        List<MapTie> ties = store.ties(map.id()).stream()
                .map(t -> new MapTie(t.id(), t.fromActor(), t.toActor(), t.type(), t.strength(), t.since(), t.roles(),
                        Set.of(), Set.of()))
                .toList();
        MapAnalysis.Result analysis = MapAnalysis.analyse(actors, ties, map.ownDepartment(), List.of());
        return new MapPage(map.participant(), ownerName, map.visibility(), map.ownDepartment(), map.updatedAt(), actors,
                ties, Map.of(), analysis);
    }

    static MapPage empty(UserId owner, String ownerName, Map<Long, String> goalTitles) {
        return new MapPage(owner, ownerName, MapVisibility.PRIVATE, null, null, List.of(), List.of(), goalTitles,
                MapAnalysis.analyse(List.of(), List.of(), null, goalTitles.keySet()));
    }

    List<MapComment> comments(MapStore.MapRow map) {
        List<MapStore.Comment> comments = store.comments(map.id());
        Map<UserId, String> names = directory.displayNames(comments.stream().map(MapStore.Comment::writer)
                .filter(Objects::nonNull).distinct().toList());
        return comments.stream().map(c -> new MapComment(c.writer() == null ? "" : names.getOrDefault(c.writer(), ""),
                map.participant().equals(c.writer()), c.body(), c.at())).toList();
    }

    List<MapRead> reads(MapStore.MapRow map) {
        List<MapStore.Read> reads = store.reads(map.id(), 20);
        Map<UserId, String> names = directory.displayNames(reads.stream().map(MapStore.Read::reader)
                .filter(Objects::nonNull).distinct().toList());
        return reads.stream().map(r -> new MapRead(r.reader() == null ? "" : names.getOrDefault(r.reader(), ""), r.at()))
                .toList();
    }

    String name(UserId person) {
        return directory.displayName(person);
    }

    void recordRead(MapStore.MapRow map, UserId reader, Instant at) {
        store.recordRead(map.id(), reader, at);
    }

    static String checkedComment(String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new nl.kopgroep.base.DomainException("connections.commentRequired");
        }
        if (body.length() > ConnectionMapService.MAX_COMMENT) {
            throw new nl.kopgroep.base.DomainException("connections.commentTooLong", ConnectionMapService.MAX_COMMENT);
        }
        return body;
    }
}
