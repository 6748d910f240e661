package nl.kopgroep.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the installation keeps what (properties {@code kopgroep.retention.*}, e.g. {@code 30d}, {@code 12m}):
 * unsaved drafts, the client addresses in the audit log, the audit log itself, and deactivated accounts
 * before they are erased. Applied by the nightly {@link RetentionJob}; see docs/privacy.md.
 */
@ConfigurationProperties("kopgroep.retention")
public record RetentionSettings(@DefaultValue("30d") Period drafts,
                                @DefaultValue("12m") Period auditAddresses,
                                @DefaultValue("24m") Period auditLog,
                                @DefaultValue("24m") Period deactivatedAccounts) {
}
