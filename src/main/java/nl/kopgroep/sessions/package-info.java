/**
 * Bijeenkomsten (issue 15): sessions planned by administrators for a cohort, a municipality or a joint
 * programme; sign-ups alone or as a team with a waiting list that moves up on its own, cases for a
 * casusworkshop, attendance, the harvest afterwards, and calendar files and feeds (RFC 5545). What crosses a
 * municipality's border here is listed in {@code docs/cross-border.md}. Sits between the role models and the
 * knowledge bank in the feature chain: it uses the journal, joint programmes, goals, the programme and
 * organisations; notifications listen to its events.
 */
@NullMarked
package nl.kopgroep.sessions;

import org.jspecify.annotations.NullMarked;
