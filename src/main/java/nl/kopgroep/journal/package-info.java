/** The reflection journal: entries, their visibility, drafts saved while typing, and the read log. */
@NullMarked
package nl.kopgroep.journal;

import org.jspecify.annotations.NullMarked;
