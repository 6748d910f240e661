package nl.kopgroep.security;

import java.security.SecureRandom;
import java.util.Base64;
import nl.kopgroep.base.warmup.WarmUpStep;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Warm-up before readiness: hashes a throw-away random password with the application's encoder (Argon2id, Bouncy
 * Castle) and checks it, so the JIT has compiled the hash before the first person signs in. No account, no database.
 */
@Component
class PasswordHashWarmUp implements WarmUpStep {

    private final PasswordEncoder encoder;
    private final SecureRandom random = new SecureRandom();

    PasswordHashWarmUp(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String name() {
        return "password hash";
    }

    @Override
    public void run() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String throwAway = Base64.getEncoder().encodeToString(bytes);
        if (!encoder.matches(throwAway, encoder.encode(throwAway))) {
            throw new IllegalStateException("the password encoder refused its own hash");
        }
    }
}
