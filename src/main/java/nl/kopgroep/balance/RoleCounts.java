package nl.kopgroep.balance;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.RoleTally;

/**
 * Items per municipal role and the items without one. An item with two roles counts once under each,
 * so a share is a share of all role mentions plus the untagged items: the shares add up to one and an
 * untagged item weighs as much as a tagged one.
 */
public record RoleCounts(Map<MunicipalRole, Long> perRole, long untagged) {

    public static final RoleCounts NONE = new RoleCounts(Map.of(), 0);

    public RoleCounts {
        perRole = Map.copyOf(perRole);
    }

    static RoleCounts of(Collection<RoleTally> tallies) {
        Map<MunicipalRole, Long> roles = new EnumMap<>(MunicipalRole.class);
        long untagged = 0;
        for (RoleTally tally : tallies) {
            if (tally.role() == null) {
                untagged += tally.items();
            } else {
                roles.merge(tally.role(), tally.items(), Long::sum);
            }
        }
        return new RoleCounts(roles, untagged);
    }

    public long count(MunicipalRole role) {
        return perRole.getOrDefault(role, 0L);
    }

    /** All role mentions plus the untagged items: the whole that the shares divide. */
    public long total() {
        return perRole.values().stream().mapToLong(Long::longValue).sum() + untagged;
    }

    /** The role's share of {@link #total} (0 when there is nothing). */
    public double share(MunicipalRole role) {
        return total() == 0 ? 0 : count(role) / (double) total();
    }

    public double untaggedShare() {
        return total() == 0 ? 0 : untagged / (double) total();
    }

    RoleCounts plus(RoleCounts other) {
        Map<MunicipalRole, Long> roles = new EnumMap<>(MunicipalRole.class);
        roles.putAll(perRole);
        other.perRole.forEach((role, count) -> roles.merge(role, count, Long::sum));
        return new RoleCounts(roles, untagged + other.untagged);
    }
}
