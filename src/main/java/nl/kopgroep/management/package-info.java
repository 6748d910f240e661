/**
 * What management reads: progress of the WORK goals against the coalition agreement per theme and
 * commitment, the gaps, programme progress and engagement as aggregates, and the reports for the
 * planning-and-control cycle as PDF and CSV. Built on the owning features' services, which keep
 * learning goals and journals out.
 */
@NullMarked
package nl.kopgroep.management;

import org.jspecify.annotations.NullMarked;
