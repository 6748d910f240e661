package nl.kopgroep.mail;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The token in an unsubscribe link: {@code <user id>.<topic>.<HMAC-SHA256 of both under the person's own random
 * key>}. It names one person and one topic and cannot be made for anyone else or another topic without that key
 * (kept in {@code mail_subscriber}, created at the person's first mail). It works without signing in, does not
 * expire, and only ever switches that one topic off.
 */
@Component
public class UnsubscribeTokens {

    /** One person and one of their topics, from a token that checked out. */
    public record Subscription(UserId user, MailTopic topic) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    UnsubscribeTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A token for the person's topic (creating their key when this is their first). */
    String tokenFor(UserId user, MailTopic topic) {
        byte[] key = keyOf(user).orElseGet(() -> createKey(user));
        return user.value() + "." + topic.name() + "." + ENCODER.encodeToString(mac(key, user, topic));
    }

    /** The person and topic a token stands for, or empty when it is malformed or was not made by us. */
    public Optional<Subscription> check(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[0].length() > 19 || !parts[0].matches("[1-9][0-9]*")) {
            return Optional.empty();
        }
        MailTopic topic;
        try {
            topic = MailTopic.valueOf(parts[1]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        UserId user;
        try {
            user = new UserId(Long.parseLong(parts[0]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Optional<byte[]> key = keyOf(user);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        byte[] expected = ENCODER.encodeToString(mac(key.get(), user, topic)).getBytes(StandardCharsets.US_ASCII);
        boolean matches = MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII));
        return matches ? Optional.of(new Subscription(user, topic)) : Optional.empty();
    }

    private Optional<byte[]> keyOf(UserId user) {
        return jdbc.sql("SELECT unsubscribe_key FROM mail_subscriber WHERE user_id = ?")
                .param(user.value()).query(byte[].class).optional();
    }

    private byte[] createKey(UserId user) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        // Two transactions may race for a person's first key: the second insert is ignored and both read the winner.
        jdbc.sql("INSERT IGNORE INTO mail_subscriber (user_id, unsubscribe_key, created_at) VALUES (?, ?, ?)")
                .param(user.value()).param(key).param(DbTime.utc(clock.instant())).update();
        return keyOf(user).orElseThrow();
    }

    private static byte[] mac(byte[] key, UserId user, MailTopic topic) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((user.value() + "." + topic.name()).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
