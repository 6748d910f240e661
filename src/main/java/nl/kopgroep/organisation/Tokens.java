package nl.kopgroep.organisation;

import java.security.SecureRandom;
import java.util.Base64;
import nl.kopgroep.base.Hashes;

/** Random one-time tokens; the database only ever sees their hash. */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Hashes.sha256Hex(token);
    }
}
