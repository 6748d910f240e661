package nl.kopgroep.connections;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A map as its reader sees it, with its analysis. {@code goalTitles} holds the goals the reader may know
 * (the owner's and their coach's); a cohort member sees no goals or commitments at all.
 */
public record MapPage(UserId owner, String ownerName, MapVisibility visibility, @Nullable String ownDepartment,
                      @Nullable Instant updatedAt, List<MapActor> actors, List<MapTie> ties, Map<Long, String> goalTitles,
                      MapAnalysis.Result analysis) {

    public boolean isEmpty() {
        return actors.isEmpty();
    }

    public @Nullable MapActor actor(long id) {
        return actors.stream().filter(a -> a.id() == id).findFirst().orElse(null);
    }
}
