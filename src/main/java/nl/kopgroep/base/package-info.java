/** Shared building blocks: typed ids, domain errors, the clock, and the UI shell in {@code base.ui}. */
@NullMarked
package nl.kopgroep.base;

import org.jspecify.annotations.NullMarked;
