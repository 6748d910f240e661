package nl.kopgroep.goals;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A measurable result: a number from baseline to target (with a unit), or, without a target, done or not. */
public record KeyResultForm(String title, @Nullable String unit, @Nullable BigDecimal baseline,
                            @Nullable BigDecimal target) {
}
