package nl.kopgroep.goals;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import nl.kopgroep.base.MunicipalRole;
import org.jspecify.annotations.Nullable;

/**
 * A monthly update. {@code values}, {@code done} and {@code keyResultStatus} are per key-result id.
 * An explanation is needed when the status is worse than before, when the confidence is low (4 or
 * less on 1–10), or when the goal is said to be better than its weakest key result. {@code roles}: the
 * municipal roles this step called on (none is fine).
 */
public record CheckInForm(long goalId, GoalStatus status, int confidence, @Nullable String explanation,
                          @Nullable String evidence, Map<Long, BigDecimal> values, Map<Long, Boolean> done,
                          Map<Long, GoalStatus> keyResultStatus, Set<MunicipalRole> roles) {

    public CheckInForm(long goalId, GoalStatus status, int confidence, @Nullable String explanation,
                       @Nullable String evidence, Map<Long, BigDecimal> values, Map<Long, Boolean> done,
                       Map<Long, GoalStatus> keyResultStatus) {
        this(goalId, status, confidence, explanation, evidence, values, done, keyResultStatus, Set.of());
    }

    public CheckInForm(long goalId, GoalStatus status, int confidence, @Nullable String explanation,
                       @Nullable String evidence, Map<Long, BigDecimal> values, Map<Long, Boolean> done) {
        this(goalId, status, confidence, explanation, evidence, values, done, Map.of());
    }

    /** The weakest status among the key results, if any was given. */
    public java.util.Optional<GoalStatus> weakestKeyResult() {
        return keyResultStatus.values().stream().max(java.util.Comparator.naturalOrder());
    }
}
