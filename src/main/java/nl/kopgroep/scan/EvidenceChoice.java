package nl.kopgroep.scan;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something of the participant's own that may serve as evidence, or evidence as a reader sees it: {@code title} is
 * null when the reader may not see the item (a private journal entry, for the coach) or it no longer exists.
 * For a check-in the title is its goal's and {@code at} its moment.
 */
public record EvidenceChoice(EvidenceKind kind, long id, @Nullable String title, @Nullable Instant at) {

    public boolean hidden() {
        return title == null;
    }
}
