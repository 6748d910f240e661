/** The competency scan's pages for participant, coach and management. */
@NullMarked
package nl.kopgroep.scan.ui;

import org.jspecify.annotations.NullMarked;
