package nl.kopgroep.sessions;

import java.time.Instant;
import java.util.List;
import nl.kopgroep.base.MunicipalRole;
import org.jspecify.annotations.Nullable;

/**
 * One session as its page shows it to a participant: what, when, where, who leads it, where the reader stands, what
 * they may still do, their own case for a casusworkshop, and the harvest once there is one.
 */
public record SessionDetail(SessionSummary summary, @Nullable String description, Instant cancelDeadline,
                            @Nullable ProgrammeOption module, @Nullable ProgrammeOption competency, List<String> facilitators,
                            boolean started, boolean mayCancel, boolean attended, @Nullable MyCase myCase,
                            Harvest harvest) {

    /** The reader's own case (casusworkshop). */
    public record MyCase(String situation, String question, @Nullable MunicipalRole role) {
    }

    /** What was harvested afterwards. */
    public record Harvest(@Nullable String notes, List<HarvestLink> links, @Nullable Recording recording) {

        public boolean empty() {
            return (notes == null || notes.isBlank()) && links.isEmpty() && recording == null;
        }
    }

    public record HarvestLink(String label, String url) {
    }

    public record Recording(String fileName, String contentType, int size) {
    }
}
