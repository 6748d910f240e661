/** In-app notifications: a bell with a count; fed by events of other features. */
@NullMarked
package nl.kopgroep.notification;

import org.jspecify.annotations.NullMarked;
