package nl.kopgroep.goals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import nl.kopgroep.base.MunicipalRole;
import org.jspecify.annotations.Nullable;

/**
 * A goal as its readers see it. {@code relinkNeeded} lists linked commitment codes that the
 * agreement in force no longer has (after a revision): the goal should be linked again.
 */
public record GoalView(long id, String ownerName, GoalKind kind, String title, @Nullable String description,
                       GoalStatus status, List<String> commitments, List<String> competencies,
                       List<KeyResult> keyResults, @Nullable Instant lastCheckIn, List<String> relinkNeeded,
                       List<Adjustment> adjustments, List<MunicipalRole> roles) {

    public record KeyResult(long id, String title, @Nullable String unit, @Nullable BigDecimal baseline,
                            @Nullable BigDecimal target, @Nullable BigDecimal current, @Nullable Boolean done,
                            @Nullable GoalStatus status) {
    }
}
