/** The UI shell: main layout, error handling, locale. */
@NullMarked
package nl.kopgroep.base.ui;

import org.jspecify.annotations.NullMarked;
