package nl.kopgroep.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The named scenarios and their overrides ({@code ./mvnw -Pload test -Dtest=LoadConfigTest}). */
class LoadConfigTest {

    private static final List<String> PROPERTIES = List.of("load.scenario", "load.users", "load.mix", "load.thinkMin",
            "load.duration");

    @AfterEach
    void clear() {
        PROPERTIES.forEach(System::clearProperty);
    }

    @Test
    void smokeIsOneOfEachPersonaOnce() {
        System.setProperty("load.scenario", "smoke");
        LoadConfig config = LoadConfig.fromSystemProperties();
        assertThat(List.of(config.participants(), config.coaches(), config.managers())).containsExactly(1, 1, 1);
        assertThat(config.timed()).isFalse();
    }

    @Test
    void active100SplitsTheUsersOverThePersonas() {
        System.setProperty("load.scenario", "active100");
        LoadConfig config = LoadConfig.fromSystemProperties();
        assertThat(List.of(config.participants(), config.coaches(), config.managers())).containsExactly(80, 15, 5);
        assertThat(config.thinkMin()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.thinkMax()).isEqualTo(Duration.ofMillis(1500));
        assertThat(config.timed()).isTrue();
    }

    @Test
    void idle1000AndItsOverrides() {
        System.setProperty("load.scenario", "idle1000");
        assertThat(LoadConfig.fromSystemProperties().users()).isEqualTo(1000);
        assertThat(LoadConfig.fromSystemProperties().thinkMax()).isEqualTo(Duration.ofSeconds(30));
        System.setProperty("load.users", "50");
        System.setProperty("load.mix", "1:1:0");
        System.setProperty("load.duration", "60");
        LoadConfig config = LoadConfig.fromSystemProperties();
        assertThat(List.of(config.participants(), config.coaches(), config.managers())).containsExactly(25, 25, 0);
        assertThat(config.duration()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void theRemainderGoesToTheLargestShare() {
        assertThat(LoadConfig.split(7, new double[] {80, 15, 5})).containsExactly(5, 1, 1);
        assertThat(LoadConfig.split(1, new double[] {1, 0, 0})).containsExactly(1, 0, 0);
    }

    @Test
    void badSettingsSayWhichPropertyIsWrong() {
        System.setProperty("load.scenario", "everyone");
        assertThatThrownBy(LoadConfig::fromSystemProperties).hasMessageContaining("load.scenario");
        System.setProperty("load.scenario", "smoke");
        System.setProperty("load.thinkMin", "soon");
        assertThatThrownBy(LoadConfig::fromSystemProperties).hasMessageContaining("load.thinkMin");
    }
}
