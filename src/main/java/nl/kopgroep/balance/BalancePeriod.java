package nl.kopgroep.balance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.kopgroep.base.Quarter;

/** The quarters a balance covers: the programme's two years, eight quarters up to now. */
final class BalancePeriod {

    static final int QUARTERS = 8;

    private BalancePeriod() {
    }

    /** The quarter in progress (moments are stored in UTC, so the quarter is too). */
    static Quarter current(Clock clock) {
        return Quarter.of(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }
}
