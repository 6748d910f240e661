package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Argon2id at OWASP's parameters, and the transparent re-hash of older hashes at sign-in. */
@KopgroepTest
class PasswordHashUpgradeTest {

    private static final String EMAIL = "lucas.brouwer@lindendal.nl";
    private static final String CURRENT = "$argon2id$v=19$m=19456,t=2,p=1$";

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void clearFailures() {
        jdbc.sql("DELETE FROM login_throttle").update();
    }

    @Test
    void newHashesAreArgon2idAtOwaspParameters() {
        assertThat(encoder.encode("paarse fiets in de regen")).startsWith("{argon2}" + CURRENT);
    }

    @Test
    void anOldArgon2HashIsReplacedAtTheNextSignIn() {
        storeHash("{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("kopgroep"));
        assertThat(storedHash()).contains("m=16384");

        signIn("kopgroep");

        assertThat(storedHash()).startsWith("{argon2}" + CURRENT);
        signIn("kopgroep");
    }

    @Test
    void aBcryptHashIsReplacedAtTheNextSignIn() {
        storeHash("{bcrypt}" + new BCryptPasswordEncoder().encode("kopgroep"));

        signIn("kopgroep");

        assertThat(storedHash()).startsWith("{argon2}" + CURRENT);
    }

    @Test
    void signInWithTheseParametersStaysQuick() {
        storeHash(encoder.encode("kopgroep"));
        long start = System.nanoTime();
        signIn("kopgroep");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("Sign-in with Argon2id m=19456 t=2 p=1 took " + took.toMillis() + " ms");
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    private void signIn(String password) {
        assertThat(authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(EMAIL, password))
                .isAuthenticated()).isTrue();
    }

    private void storeHash(String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE email = ?").params(hash, EMAIL).update();
    }

    private String storedHash() {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE email = ?").param(EMAIL).query(String.class).single();
    }
}
