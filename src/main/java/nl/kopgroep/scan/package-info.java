/**
 * The half-yearly competency scan (issue 14): participant and coach score each competency of the programme's
 * framework independently, see each other's scores only when both have submitted, and follow the growth over the
 * rounds; management reads only a cohort's aggregate over at least five participants.
 */
@NullMarked
package nl.kopgroep.scan;

import org.jspecify.annotations.NullMarked;
