package nl.kopgroep.security;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets at rest (the TOTP secrets; the client secrets of the municipalities' OpenID Connect providers) with AES-256-GCM (Spring Security's {@code Encryptors.delux}, key derived
 * from {@code kopgroep.security.mfa.secret-key}). Without a key (development, tests) secrets are stored as
 * they are and a warning says so at start-up; either way a secret is never shown again after enrolment.
 */
@Component
public class SecretCipher {

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
    private static final String ENCRYPTED = "aes:";
    private static final String PLAIN = "plain:";
    /** Site-wide salt for the key derivation; the key itself is the secret. */
    private static final String SALT = "6b6f7067726f65702d746f7470";

    private final @Nullable TextEncryptor encryptor;

    SecretCipher(@Value("${kopgroep.security.mfa.secret-key:}") String key) {
        if (key.isBlank()) {
            log.warn("kopgroep.security.mfa.secret-key is not set: two-factor and identity-provider secrets are stored unencrypted");
            this.encryptor = null;
        } else {
            this.encryptor = Encryptors.delux(key, SALT);
        }
    }

    /** The secret as stored: {@code aes:} + ciphertext, or {@code plain:} + secret when no key is set. */
    public String seal(String secret) {
        return encryptor == null ? PLAIN + secret : ENCRYPTED + encryptor.encrypt(secret);
    }

    /** The secret from what {@link #seal} stored. */
    public String open(String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        if (encryptor == null) {
            throw new IllegalStateException("a secret is encrypted, but kopgroep.security.mfa.secret-key is not set");
        }
        return encryptor.decrypt(stored.substring(ENCRYPTED.length()));
    }
}
