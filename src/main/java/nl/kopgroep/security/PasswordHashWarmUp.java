package nl.kopgroep.security;

import java.security.SecureRandom;
import java.util.Base64;
import nl.kopgroep.base.warmup.WarmUpStep;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Warm-up before readiness: checks a throw-away random password against its hash through the application's encoder,
 * so the JIT has compiled Argon2id before the first person signs in. Bouncy Castle, whose Argon2 the encoder uses, is a
 * signed jar, and the JDK's AOT cache leaves signed jars out: without this the first sign-in after a start runs the
 * hash in the interpreter (2–3× a warm sign-in, docs/benchmarks.md). The hash has the application's parameters but
 * 1 MiB of memory instead of 19: the check decodes them from the hash and runs the same code as a real sign-in —
 * both passes, since code the JIT never saw run (the second pass's XOR) would be thrown away and compiled again in
 * the first real sign-in — in slices short enough for the warm-up's budget. No account, no database.
 */
@Component
class PasswordHashWarmUp implements WarmUpStep {

    /** Checks per round: with 1 MiB and two passes each is 2,048 Argon2 blocks (a real hash: 38,912). */
    private static final int CHECKS = 4;
    private static final Argon2PasswordEncoder SMALL = new Argon2PasswordEncoder(SecurityConfiguration.ARGON2_SALT_BYTES,
            SecurityConfiguration.ARGON2_HASH_BYTES, SecurityConfiguration.ARGON2_PARALLELISM, 1024,
            SecurityConfiguration.ARGON2_ITERATIONS);

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
        String hash = "{argon2}" + SMALL.encode(throwAway);
        for (int i = 0; i < CHECKS; i++) {
            if (!encoder.matches(throwAway, hash)) {
                throw new IllegalStateException("the password encoder refused a hash of its own kind");
            }
        }
    }
}
