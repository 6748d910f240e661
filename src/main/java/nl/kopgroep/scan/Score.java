package nl.kopgroep.scan;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One side's score for one competency: the level (1–4, null while not chosen), evidence and a note. */
public record Score(String competency, @Nullable Integer level, @Nullable EvidenceChoice evidence, @Nullable String note,
                    Instant updatedAt) {
}
