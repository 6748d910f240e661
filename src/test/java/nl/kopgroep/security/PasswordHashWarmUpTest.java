package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password step of the warm-up checks Argon2 hashes through the encoder it is given, and notices a broken one. */
class PasswordHashWarmUpTest {

    @Test
    void checksArgon2HashesThroughTheApplicationsEncoder() {
        List<String> checked = new ArrayList<>();
        PasswordEncoder argon2 = new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
        PasswordEncoder watching = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return argon2.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checked.add(encoded);
                return argon2.matches(raw, encoded);
            }
        };
        new PasswordHashWarmUp(watching).run();
        assertThat(checked).isNotEmpty().allSatisfy(hash -> assertThat(hash).startsWith("{argon2}$argon2id$"));
    }

    @Test
    void anEncoderThatRefusesItsOwnKindOfHashFailsTheStep() {
        PasswordEncoder refusing = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return "x";
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return false;
            }
        };
        assertThatThrownBy(() -> new PasswordHashWarmUp(refusing).run()).isInstanceOf(IllegalStateException.class);
    }
}
