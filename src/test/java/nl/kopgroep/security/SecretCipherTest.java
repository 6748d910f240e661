package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** TOTP secrets at rest: AES-GCM with the installation's key, readable only with that key. */
class SecretCipherTest {

    @Test
    void withAKeyTheSecretIsEncryptedAndComesBack() {
        SecretCipher cipher = new SecretCipher("een lange geheime sleutel van de installatie");
        String secret = TotpCodes.newSecret();
        String sealed = cipher.seal(secret);
        assertThat(sealed).startsWith("aes:").doesNotContain(secret);
        assertThat(cipher.seal(secret)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(cipher.open(sealed)).isEqualTo(secret);
        assertThatThrownBy(() -> new SecretCipher("een andere sleutel").open(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeySecretsAreStoredAsTheyAreAndEncryptedOnesCannotBeRead() {
        SecretCipher none = new SecretCipher("");
        String secret = TotpCodes.newSecret();
        assertThat(none.open(none.seal(secret))).isEqualTo(secret);
        String sealed = new SecretCipher("sleutel").seal(secret);
        assertThatThrownBy(() -> none.open(sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kopgroep.security.mfa.secret-key");
    }
}
