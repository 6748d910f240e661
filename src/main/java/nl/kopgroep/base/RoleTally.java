package nl.kopgroep.base;

import org.jspecify.annotations.Nullable;

/**
 * How many items of one kind (goals, check-ins, journal entries, …) in one quarter carry this
 * municipal role; {@code role} null counts the items that carry none. An item with two roles is
 * counted once under each. The owning feature counts; the four-roles balance adds the kinds up.
 */
public record RoleTally(Quarter quarter, @Nullable MunicipalRole role, long items) {
}
