/** The kennisbank's pages: search, a practice, the editor and "mijn kennisbank". */
@NullMarked
package nl.kopgroep.knowledge.ui;

import org.jspecify.annotations.NullMarked;
