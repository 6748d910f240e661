package nl.kopgroep.security;

import java.time.LocalDate;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator looks for in the audit log: one municipality, optionally one person (as actor or
 * as the person an event is about) and one action, over whole days from {@code from} to {@code to}.
 */
public record AuditQuery(OrganisationId organisation, @Nullable UserId person, @Nullable String action,
                         @Nullable LocalDate from, @Nullable LocalDate to) {
}
