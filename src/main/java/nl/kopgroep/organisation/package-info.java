/**
 * Municipalities (organisations), accounts and roles, cohorts, cohort membership and coach
 * assignments, invitations and the first-run set-up. Services in this package are the API;
 * entities and repositories stay package-private.
 */
@NullMarked
package nl.kopgroep.organisation;

import org.jspecify.annotations.NullMarked;
