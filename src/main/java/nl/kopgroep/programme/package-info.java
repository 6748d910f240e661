/**
 * The two-year programme: content read from {@code content/}, checked and synced into the database;
 * modules, lessons, a cohort's schedule and each participant's progress.
 */
@NullMarked
package nl.kopgroep.programme;

import org.jspecify.annotations.NullMarked;
