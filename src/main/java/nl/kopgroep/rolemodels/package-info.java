/**
 * Role models (issue 15): a directory of people inside or outside the municipality whom participants may ask
 * for a conversation, kept by administrators with each role model's consent recorded, and the requests for a
 * conversation. A role model may be shared with the joint programme, so participants of the partner
 * municipalities see it too (listed in {@code docs/cross-border.md}). Sits between review and sessions in the
 * feature chain; notifications listen to its events.
 */
@NullMarked
package nl.kopgroep.rolemodels;

import org.jspecify.annotations.NullMarked;
