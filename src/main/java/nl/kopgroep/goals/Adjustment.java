package nl.kopgroep.goals;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change at an evaluation: what it was, what it became, and why. */
public record Adjustment(String field, @Nullable String keyResultTitle, @Nullable String originalValue,
                         @Nullable String newValue, String rationale, Instant adjustedAt) {
}
