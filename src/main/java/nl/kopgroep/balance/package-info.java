/**
 * The four-roles balance (issue 14, lesson vier-rollen/03): how a participant's goals, check-ins and
 * journal entries spread over the municipality's four roles per quarter, for the participant, their
 * coaches and — as WORK-goal aggregates per cohort of five or more — management. Counts come from the
 * features that own the items; this package names no table.
 */
@NullMarked
package nl.kopgroep.balance;

import org.jspecify.annotations.NullMarked;
