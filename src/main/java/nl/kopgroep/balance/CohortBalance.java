package nl.kopgroep.balance;

import nl.kopgroep.base.CohortId;

/**
 * One cohort's balance of WORK goals and check-ins on them, for management. {@code shown} is false for a
 * cohort under five participants: then the balance is empty and not even the cohort's size is told.
 */
public record CohortBalance(CohortId cohort, String name, boolean shown, RoleBalance balance) {
}
