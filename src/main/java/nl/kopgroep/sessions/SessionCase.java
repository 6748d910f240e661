package nl.kopgroep.sessions;

import java.time.Instant;
import nl.kopgroep.base.MunicipalRole;
import org.jspecify.annotations.Nullable;

/** A case brought to a casusworkshop, as the session's confirmed participants read it. */
public record SessionCase(String author, String situation, String question, @Nullable MunicipalRole role,
                          Instant submittedAt) {
}
