/**
 * The warm-up before readiness (issue 16): a bounded amount of harmless work at start-up, after the Spring context and
 * the web server are up and before Spring Boot reports the application ready, so that the first real requests do not
 * pay for the JIT's and the frameworks' first-time work.
 */
@NullMarked
package nl.kopgroep.base.warmup;

import org.jspecify.annotations.NullMarked;
