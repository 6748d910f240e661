package nl.kopgroep.goals;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A monthly update. {@code values} and {@code done} are per key-result id. An explanation is needed
 * when the status is worse than before or the confidence is low (4 or less on 1–10).
 */
public record CheckInForm(long goalId, GoalStatus status, int confidence, @Nullable String explanation,
                          @Nullable String evidence, Map<Long, BigDecimal> values, Map<Long, Boolean> done) {
}
