package nl.kopgroep.security;

/**
 * The load test's way into the app's own credential code (it lives in this package because those classes are
 * package-private): the password hash made by the app's own {@code PasswordEncoder} (Argon2id at the app's parameters)
 * and a TOTP secret sealed by the app's own {@link SecretCipher}, so the running app accepts both exactly as if a
 * person had chosen the password and enrolled an authenticator app. Used only by the load test's preparation
 * (src/load/java), never compiled into the app.
 */
public final class LoadTestCredentials {

    private LoadTestCredentials() {
    }

    /** The password hash as the app stores it ({@code {argon2}…}). */
    public static String passwordHash(String password) {
        return new SecurityConfiguration().passwordEncoder().encode(password);
    }

    /**
     * The TOTP secret as the app stores it: sealed with the same key the app runs with
     * ({@code KOPGROEP_MFA_SECRET_KEY}, empty for none).
     */
    public static String sealedSecret(String secret, String secretKey) {
        return new SecretCipher(secretKey == null ? "" : secretKey).seal(secret);
    }

    /** The 6-digit code an authenticator app shows for this secret at this moment. */
    public static String totpCode(String secret, java.time.Instant at) {
        return new TotpCodes(java.time.Clock.systemUTC()).codeAt(secret, at);
    }
}
