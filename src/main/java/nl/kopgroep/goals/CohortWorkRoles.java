package nl.kopgroep.goals;

import java.util.List;
import java.util.SortedMap;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.RoleTally;
import nl.kopgroep.base.SmallGroups;

/**
 * The four-roles lens on one cohort's WORK goals, for management: per completed quarter the WORK goals
 * created and the check-ins on WORK goals per municipal role. Never per person: {@code shown} is false
 * (no quarters at all) for a cohort of fewer than {@value SmallGroups#MIN_PEOPLE} participants, and a
 * quarter in which fewer than that many contributed is {@code suppressed} (no counts).
 */
public record CohortWorkRoles(CohortId cohort, boolean shown, SortedMap<nl.kopgroep.base.Quarter, Period> quarters) {

    public record Period(boolean suppressed, List<RoleTally> goals, List<RoleTally> checkIns) {
    }
}
