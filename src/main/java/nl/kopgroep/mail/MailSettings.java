package nl.kopgroep.mail;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The installation's mail settings ({@code kopgroep.mail.*}, README "E-mail"): the SMTP server (empty host =
 * the embedded development server where it is on the class path), the sender, the digest's time and weekday
 * (in {@code kopgroep.time-zone}), the coach's nudge and the outbox worker's retry rules.
 */
@ConfigurationProperties("kopgroep.mail")
public record MailSettings(
        Smtp smtp,
        @DefaultValue("kopgroep@localhost") String from,
        @DefaultValue("Kopgroep") String fromName,
        @DefaultValue("07:30") LocalTime digestTime,
        @DefaultValue("MONDAY") DayOfWeek weeklyDigestDay,
        @DefaultValue("5") int nudgeAfterDays,
        @DefaultValue("25") int batchSize,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("6h") Duration maxRetry,
        @DefaultValue("30d") Duration keepSent) {

    /** How the connection to the SMTP server is secured. */
    public enum Security { STARTTLS, TLS, NONE }

    public record Smtp(@DefaultValue("") String host, @DefaultValue("587") int port, @DefaultValue("") String username,
                       @DefaultValue("") String password, @DefaultValue("STARTTLS") Security security,
                       @DefaultValue("10s") Duration timeout) {

        @Override
        public String toString() {
            return "Smtp[" + host + ":" + port + ", " + security + ", user " + (username.isEmpty() ? "-" : username) + "]";
        }
    }
}
