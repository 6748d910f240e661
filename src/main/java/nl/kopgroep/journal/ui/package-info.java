@NullMarked
package nl.kopgroep.journal.ui;

import org.jspecify.annotations.NullMarked;
