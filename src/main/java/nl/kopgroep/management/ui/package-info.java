/** The management dashboard, the goal drill-down and the report downloads. */
@NullMarked
package nl.kopgroep.management.ui;

import org.jspecify.annotations.NullMarked;
