/**
 * Joint programmes (issue 15): several municipalities run the programme together, with one
 * regiegemeente chosen explicitly. A municipality takes part and attaches its own cohorts; each
 * participant's journal, goals, scans and map stay with their own municipality. What crosses a
 * municipality's border because of a joint programme is listed in {@code docs/cross-border.md}.
 * Sits between the journal and the connection map in the feature chain.
 */
@NullMarked
package nl.kopgroep.joint;

import org.jspecify.annotations.NullMarked;
