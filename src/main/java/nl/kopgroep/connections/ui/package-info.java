/** The verbindingskaart's pages: my map, a coachee's map, a fellow member's map, and their parts. */
@NullMarked
package nl.kopgroep.connections.ui;

import org.jspecify.annotations.NullMarked;
