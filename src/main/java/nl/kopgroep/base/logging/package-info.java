/** Logging: one line per message, whatever a user typed (logback-spring.xml). */
@NullMarked
package nl.kopgroep.base.logging;

import org.jspecify.annotations.NullMarked;
