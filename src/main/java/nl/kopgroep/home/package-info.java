/** The application shell (layout, navigation, user menu) and the home page of each role. */
@NullMarked
package nl.kopgroep.home;

import org.jspecify.annotations.NullMarked;
