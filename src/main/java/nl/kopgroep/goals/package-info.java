/** Participants' goals: WORK goals linked to the coalition agreement, LEARNING goals, key results and check-ins. */
@NullMarked
package nl.kopgroep.goals;

import org.jspecify.annotations.NullMarked;
