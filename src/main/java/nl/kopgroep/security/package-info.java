/** Sign-in, roles, the current user, throttling and the audit log. Depends on no feature package. */
@NullMarked
package nl.kopgroep.security;

import org.jspecify.annotations.NullMarked;
