/** The coalition-agreement register: themes, ambitions, commitments and indicators, imported and revised. */
@NullMarked
package nl.kopgroep.agreement;

import org.jspecify.annotations.NullMarked;
