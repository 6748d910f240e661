package nl.kopgroep.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, what every authenticator app
 * supports), computed by java-otp. A code is accepted for the current step and one step either side (clock
 * drift of phones); {@link #matchingStep} says which step matched, so the caller can refuse a step that was
 * used before (replay).
 */
@Component
public class TotpCodes {

    static final int SECRET_BYTES = 20;
    static final String ISSUER = "Kopgroep";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
    private final Clock clock;

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    /** A new random secret, Base32 as authenticator apps expect it. */
    static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    /** The address an authenticator app reads from the QR code (Google's key-uri format). */
    static String otpauthUri(String secret, String account) {
        String label = encode(ISSUER) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    /** The code for a secret at a moment; also what tests and an authenticator app compute. */
    public String codeAt(String secret, Instant at) {
        try {
            return generator.generateOneTimePasswordString(key(secret), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("unusable TOTP secret", e);
        }
    }

    /** The time step the code belongs to (current, previous or next), if it is right. */
    OptionalLong matchingStep(String secret, String code) {
        String typed = code.replaceAll("\\s", "");
        if (!typed.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        Instant now = clock.instant();
        long step = step(now);
        for (long candidate : new long[] {step, step - 1, step + 1}) {
            Instant at = Instant.ofEpochSecond(candidate * generator.getTimeStep().toSeconds());
            if (java.security.MessageDigest.isEqual(codeAt(secret, at).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(candidate);
            }
        }
        return OptionalLong.empty();
    }

    long step(Instant at) {
        return at.getEpochSecond() / generator.getTimeStep().toSeconds();
    }

    private Key key(String secret) {
        return new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
