package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which roles must use two-factor sign-in comes from the installation's configuration. */
class SecondFactorPolicyTest {

    @Test
    void defaultRequiresAdminsAndManagers() {
        SecondFactorPolicy policy = new SecondFactorPolicy("ADMIN,MANAGER");
        assertThat(policy.requiredFor(Set.of(Role.ADMIN))).isTrue();
        assertThat(policy.requiredFor(Set.of(Role.PARTICIPANT, Role.MANAGER))).isTrue();
        assertThat(policy.requiredFor(Set.of(Role.PARTICIPANT, Role.COACH))).isFalse();
    }

    @Test
    void anInstallationCanRequireItOfEveryoneOrOfNobody() {
        assertThat(new SecondFactorPolicy(" admin , coach,participant ,manager").requiredFor(Set.of(Role.PARTICIPANT))).isTrue();
        assertThat(new SecondFactorPolicy("").requiredFor(Set.of(Role.ADMIN))).isFalse();
        assertThat(new SecondFactorPolicy("").requiredRoles()).isEmpty();
    }
}
