package nl.kopgroep.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.Hashes;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.database.RetryOnWriteConflict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factors of the accounts ({@code second_factor}, {@code recovery_code}): enrolment, checking a
 * code or a recovery code, and removal. Every check is atomic in the database, so two nodes or two tabs
 * cannot both use one code: a TOTP step is accepted only when it is later than the last one used, a recovery
 * code only while it is unused. After {@value #MAX_FAILURES} wrong codes in a row the account's code check
 * pauses for {@link #PAUSE} (the password was right, so only its owner or someone holding it is slowed).
 * Callers authorise first (the pending sign-in, the signed-in owner, an administrator of the account).
 */
@Component
public class SecondFactors {

    static final int MAX_FAILURES = 5;
    static final Duration PAUSE = Duration.ofMinutes(15);
    static final int RECOVERY_CODES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final TotpCodes totp;
    private final SecretCipher cipher;
    private final Clock clock;

    SecondFactors(JdbcClient jdbc, TotpCodes totp, SecretCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.totp = totp;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Whether the account has a confirmed second factor. */
    @Transactional(readOnly = true)
    public boolean enrolled(UserId user) {
        return jdbc.sql("SELECT COUNT(*) FROM second_factor WHERE user_id = ?").param(user.value())
                .query(Long.class).single() > 0;
    }

    /** Removes the account's second factor and recovery codes (an administrator's reset, or the owner's choice). */
    @Transactional
    public boolean remove(UserId user) {
        jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(user.value()).update();
        return jdbc.sql("DELETE FROM second_factor WHERE user_id = ?").param(user.value()).update() > 0;
    }

    /**
     * Confirms an enrolment: the first code proves the app has the secret. Stores the secret (sealed) and
     * ten new recovery codes, and returns those codes: the only time they exist in plain text.
     */
    @Transactional
    List<String> confirm(UserId user, String secret, String code) {
        OptionalLong step = totp.matchingStep(secret, code);
        if (step.isEmpty()) {
            throw new DomainException("mfa.code.wrong");
        }
        remove(user);
        jdbc.sql("INSERT INTO second_factor (user_id, secret, enrolled_at, last_used_step, failures) VALUES (?, ?, ?, ?, 0)")
                .params(user.value(), cipher.seal(secret), DbTime.utc(clock.instant()), step.getAsLong()).update();
        return newRecoveryCodes(user);
    }

    /** Replaces the account's recovery codes with ten new ones and returns them (shown once). */
    @Transactional
    List<String> newRecoveryCodes(UserId user) {
        jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(user.value()).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = recoveryCode();
            codes.add(code);
            jdbc.sql("INSERT INTO recovery_code (user_id, code_hash) VALUES (?, ?)")
                    .params(user.value(), recoveryHash(user, code)).update();
        }
        return List.copyOf(codes);
    }

    /** Unused recovery codes left. */
    @Transactional(readOnly = true)
    int recoveryCodesLeft(UserId user) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE user_id = ? AND used_at IS NULL").param(user.value())
                .query(Long.class).single().intValue();
    }

    /**
     * Checks a code from the app or a recovery code. Throws {@code mfa.code.paused} while the account pauses
     * after too many wrong codes, and {@code mfa.code.wrong} for a wrong, used or replayed code.
     */
    @RetryOnWriteConflict
    @Transactional(noRollbackFor = DomainException.class)
    void verify(UserId user, String code) {
        Instant now = clock.instant();
        Optional<Row> row = jdbc.sql("SELECT secret, failures, last_failure_at FROM second_factor WHERE user_id = ? FOR UPDATE")
                .param(user.value())
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), DbTime.instantOrNull(rs, 3))).optional();
        if (row.isEmpty()) {
            throw new DomainException("mfa.code.wrong");
        }
        Instant lastFailure = row.get().lastFailureAt();
        if (row.get().failures() >= MAX_FAILURES && lastFailure != null && lastFailure.plus(PAUSE).isAfter(now)) {
            throw new DomainException("mfa.code.paused", PAUSE.toMinutes());
        }
        String typed = code.strip();
        boolean accepted;
        if (typed.replaceAll("\\s", "").matches("\\d{6}")) {
            OptionalLong step = totp.matchingStep(cipher.open(row.get().secret()), typed);
            accepted = step.isPresent() && jdbc.sql("UPDATE second_factor SET last_used_step = ? WHERE user_id = ?"
                            + " AND (last_used_step IS NULL OR last_used_step < ?)")
                    .params(step.getAsLong(), user.value(), step.getAsLong()).update() == 1;
        } else {
            accepted = jdbc.sql("UPDATE recovery_code SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL"
                            + " LIMIT 1")
                    .params(DbTime.utc(now), user.value(), recoveryHash(user, typed)).update() == 1;
        }
        if (accepted) {
            jdbc.sql("UPDATE second_factor SET failures = 0, last_failure_at = NULL WHERE user_id = ?")
                    .param(user.value()).update();
            return;
        }
        boolean pauseOver = lastFailure == null || !lastFailure.plus(PAUSE).isAfter(now);
        jdbc.sql("UPDATE second_factor SET failures = " + (pauseOver && row.get().failures() >= MAX_FAILURES ? "1" : "failures + 1")
                        + ", last_failure_at = ? WHERE user_id = ?")
                .params(DbTime.utc(now), user.value()).update();
        throw new DomainException("mfa.code.wrong");
    }

    private static String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    /** 16 random characters of 31 (≈ 79 bits): a plain SHA-256 with the account id is enough. */
    private static String recoveryHash(UserId user, String code) {
        String normalised = code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return Hashes.sha256Hex(user.value() + ":" + normalised);
    }

    private record Row(String secret, int failures, @org.jspecify.annotations.Nullable Instant lastFailureAt) {
    }
}
