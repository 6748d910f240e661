package nl.kopgroep.goals;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The half-yearly evaluation of one goal: a new title, description and key-result targets, and the rationale. */
public record AdjustmentForm(long goalId, String title, @Nullable String description,
                             Map<Long, BigDecimal> targets, String rationale) {
}
