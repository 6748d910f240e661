package nl.kopgroep.balance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kopgroep.base.Quarter;
import nl.kopgroep.base.RoleTally;

/**
 * A balance over time: per quarter the items of each kind per municipal role, oldest first, from the
 * first quarter with anything in it. Counts and shares only — never a score, a ranking or a "best" role.
 */
public record RoleBalance(List<BalanceSource> sources, List<QuarterBalance> quarters) {

    public RoleBalance {
        sources = List.copyOf(sources);
        quarters = List.copyOf(quarters);
    }

    public boolean isEmpty() {
        return quarters.isEmpty();
    }

    /**
     * The quarters {@code first} to {@code last} (inclusive) with the tallies of each source, leaving out
     * the quarters before the first one with items.
     */
    static RoleBalance of(Quarter first, Quarter last, Map<BalanceSource, List<RoleTally>> tallies) {
        Map<BalanceSource, Map<Quarter, List<RoleTally>>> byQuarter = new EnumMap<>(BalanceSource.class);
        tallies.forEach((source, list) -> byQuarter.put(source,
                list.stream().collect(Collectors.groupingBy(RoleTally::quarter))));
        List<QuarterBalance> quarters = new ArrayList<>();
        for (Quarter quarter = first; !last.isBefore(quarter); quarter = quarter.plus(1)) {
            Map<BalanceSource, RoleCounts> counts = new EnumMap<>(BalanceSource.class);
            for (BalanceSource source : tallies.keySet()) {
                counts.put(source, RoleCounts.of(byQuarter.get(source).getOrDefault(quarter, List.of())));
            }
            quarters.add(new QuarterBalance(quarter, false, counts));
        }
        return new RoleBalance(tallies.keySet().stream().sorted().toList(), fromFirstItems(quarters));
    }

    /** Drops the quarters before the first one with items or a suppressed figure. */
    static List<QuarterBalance> fromFirstItems(List<QuarterBalance> quarters) {
        int first = 0;
        while (first < quarters.size() && !quarters.get(first).suppressed() && quarters.get(first).all().total() == 0) {
            first++;
        }
        return quarters.subList(first, quarters.size());
    }
}
