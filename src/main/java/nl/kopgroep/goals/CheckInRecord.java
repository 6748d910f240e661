package nl.kopgroep.goals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import nl.kopgroep.base.MunicipalRole;
import org.jspecify.annotations.Nullable;

/** One past check-in of a goal with the key-result values it recorded (none for check-ins from before values were kept)
 * and the municipal roles it was tagged with. */
public record CheckInRecord(long id, Instant at, GoalStatus status, int confidence, @Nullable String explanation,
                            @Nullable String evidence, List<Value> values,
                            List<MunicipalRole> roles) {

    public record Value(String keyResult, @Nullable String unit, @Nullable BigDecimal value, @Nullable Boolean done,
                        @Nullable GoalStatus status) {
    }
}
