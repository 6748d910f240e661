package nl.kopgroep.balance;

import java.util.Map;
import nl.kopgroep.base.Quarter;

/**
 * One quarter of a balance: the counts per kind of item. {@code suppressed} (management only): fewer
 * than five people contributed, so there are no counts at all.
 */
public record QuarterBalance(Quarter quarter, boolean suppressed, Map<BalanceSource, RoleCounts> sources) {

    public QuarterBalance {
        sources = Map.copyOf(sources);
    }

    public RoleCounts of(BalanceSource source) {
        return sources.getOrDefault(source, RoleCounts.NONE);
    }

    /** Every kind together: what the chart shows. */
    public RoleCounts all() {
        return sources.values().stream().reduce(RoleCounts.NONE, RoleCounts::plus);
    }
}
