/** The signed-in person's mail settings page ({@code /meldingen}). */
@NullMarked
package nl.kopgroep.notification.ui;

import org.jspecify.annotations.NullMarked;
