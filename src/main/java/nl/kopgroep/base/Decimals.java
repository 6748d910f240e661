package nl.kopgroep.base;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Decimal figures as Dutch readers write them: a comma, no trailing zeros, a dash for none. */
public final class Decimals {

    private Decimals() {
    }

    public static String show(@Nullable BigDecimal value) {
        return value == null ? "–" : value.toPlainString().replace('.', ',');
    }
}
