package nl.kopgroep.programme;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The result of asking for a re-sync: either what changed, or every problem that stopped it. */
public record SyncOutcome(@Nullable SyncReport report, List<ContentProblem> problems) {

    public boolean successful() {
        return report != null && problems.isEmpty();
    }
}
