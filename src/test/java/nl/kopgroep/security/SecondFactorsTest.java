package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** TOTP enrolment and checks: the first code confirms, a code works once, recovery codes once, wrong codes pause. */
@KopgroepTest
class SecondFactorsTest {

    private static final String EMAIL = "lucas.brouwer@lindendal.nl";

    @Autowired
    SecondFactors secondFactors;
    @Autowired
    TotpCodes totp;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private UserId user;
    private final String secret = TotpCodes.newSecret();

    @BeforeEach
    void findUser() {
        user = new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(EMAIL).query(Long.class).single());
    }

    @AfterEach
    void removeFactor() {
        secondFactors.remove(user);
    }

    @Test
    void enrolmentNeedsARightFirstCodeAndGivesTenRecoveryCodes() {
        assertThatThrownBy(() -> secondFactors.confirm(user, secret, "000000".equals(now()) ? "111111" : "000000"))
                .isInstanceOf(DomainException.class).hasMessage("mfa.code.wrong");
        assertThat(secondFactors.enrolled(user)).isFalse();

        List<String> codes = secondFactors.confirm(user, secret, now());

        assertThat(secondFactors.enrolled(user)).isTrue();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}"));
        assertThat(secondFactors.recoveryCodesLeft(user)).isEqualTo(10);
        // Neither the secret nor a recovery code is stored as it was shown.
        String stored = jdbc.sql("SELECT secret FROM second_factor WHERE user_id = ?").param(user.value()).query(String.class).single();
        assertThat(stored).isNotEqualTo(secret);
        assertThat(jdbc.sql("SELECT code_hash FROM recovery_code WHERE user_id = ?").param(user.value()).query(String.class).list())
                .doesNotContainAnyElementsOf(codes);
    }

    @Test
    void aCodeIsAcceptedOnceAndAnEarlierStepNever() {
        secondFactors.confirm(user, secret, codeAtStepOffset(-1));

        secondFactors.verify(user, now());
        assertThatThrownBy(() -> secondFactors.verify(user, now())).as("replay of the same code")
                .isInstanceOf(DomainException.class).hasMessage("mfa.code.wrong");
        assertThatThrownBy(() -> secondFactors.verify(user, codeAtStepOffset(-1))).as("an older code")
                .hasMessage("mfa.code.wrong");
        secondFactors.verify(user, codeAtStepOffset(1));
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        List<String> codes = secondFactors.confirm(user, secret, now());

        secondFactors.verify(user, codes.get(3).toUpperCase());
        assertThatThrownBy(() -> secondFactors.verify(user, codes.get(3))).hasMessage("mfa.code.wrong");
        assertThat(secondFactors.recoveryCodesLeft(user)).isEqualTo(9);
        assertThatThrownBy(() -> secondFactors.verify(user, "abcd-efgh-jkmn-pqrs")).hasMessage("mfa.code.wrong");
    }

    @Test
    void afterFiveWrongCodesEvenTheRightOneWaits() {
        secondFactors.confirm(user, secret, codeAtStepOffset(-1));
        for (int i = 0; i < SecondFactors.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> secondFactors.verify(user, wrongCode())).hasMessage("mfa.code.wrong");
        }
        assertThatThrownBy(() -> secondFactors.verify(user, now())).hasMessage("mfa.code.paused");

        // Once the pause is over (the last failure 15 minutes ago), the right code works and the count restarts.
        jdbc.sql("UPDATE second_factor SET last_failure_at = last_failure_at - INTERVAL 16 MINUTE WHERE user_id = ?")
                .param(user.value()).update();
        secondFactors.verify(user, now());
        assertThat(jdbc.sql("SELECT failures FROM second_factor WHERE user_id = ?").param(user.value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void removedFactorIsGone() {
        secondFactors.confirm(user, secret, now());
        assertThat(secondFactors.remove(user)).isTrue();
        assertThat(secondFactors.enrolled(user)).isFalse();
        assertThat(secondFactors.recoveryCodesLeft(user)).isZero();
        assertThat(secondFactors.remove(user)).isFalse();
    }

    private String now() {
        return totp.codeAt(secret, clock.instant());
    }

    private String codeAtStepOffset(int steps) {
        return totp.codeAt(secret, clock.instant().plus(Duration.ofSeconds(30L * steps)));
    }

    /** A code that is right for none of the accepted steps. */
    private String wrongCode() {
        List<String> right = List.of(codeAtStepOffset(-1), now(), codeAtStepOffset(1));
        for (int i = 0; ; i++) {
            String candidate = String.format("%06d", i);
            if (!right.contains(candidate)) {
                return candidate;
            }
        }
    }
}
