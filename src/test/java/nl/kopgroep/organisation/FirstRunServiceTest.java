package nl.kopgroep.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.annotation.Transactional;

/** A new installation (simulated by removing every admin inside a rolled-back transaction). */
@KopgroepTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class FirstRunServiceTest {

    private static final Pattern SETUP_LINK = Pattern.compile("https://kopgroep\\.example\\.nl/inrichten/([A-Za-z0-9_-]+)");

    @Autowired FirstRunService firstRun;
    @Autowired JdbcClient jdbc;
    @Autowired AuthenticationManager authenticationManager;
    @Value("${kopgroep.first-run.link-file}") Path linkFile;

    @BeforeEach
    void noAdministratorsYet() {
        jdbc.sql("DELETE FROM user_role WHERE role = 'ADMIN'").update();
    }

    @Test
    void withoutConfigurationAOneTimeLinkGoesToAnOwnerOnlyFileNotTheLogAndItCreatesTheFirstAdmin(CapturedOutput output)
            throws Exception {
        assertThat(firstRun.setUpNeeded()).isTrue();
        Files.deleteIfExists(linkFile);
        firstRun.prepare(new FirstRunForm("", "", "", "", ""), "https://kopgroep.example.nl");

        assertThat(output.getOut()).as("no token in the log").doesNotContain("/inrichten/")
                .contains(linkFile.toAbsolutePath().toString());
        assertThat(Files.getPosixFilePermissions(linkFile)).as("readable by the operator only")
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        Matcher link = SETUP_LINK.matcher(Files.readString(linkFile));
        assertThat(link.find()).as("set-up link in " + linkFile).isTrue();
        String token = link.group(1);
        assertThat(firstRun.validToken(token)).isTrue();
        assertThat(firstRun.validToken(token + "x")).isFalse();

        firstRun.complete(token, new FirstRunForm("Gemeente Nieuwdorp", "Eerste Beheerder", "eerste@nieuwdorp.nl",
                "een sterk eerste wachtwoord", "een sterk eerste wachtwoord"));

        assertThat(firstRun.setUpNeeded()).isFalse();
        assertThat(firstRun.validToken(token)).isFalse();
        assertThat(linkFile).as("the used link is removed").doesNotExist();
        assertThat(authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "eerste@nieuwdorp.nl", "een sterk eerste wachtwoord")).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> firstRun.complete(token, new FirstRunForm("X", "Y", "tweede@nieuwdorp.nl",
                "een sterk tweede wachtwoord", "een sterk tweede wachtwoord")))
                .isInstanceOf(DomainException.class).hasMessage("setup.invalid");
    }

    @Test
    void configuredAdministratorIsCreatedWithoutALink(CapturedOutput output) {
        firstRun.prepare(new FirstRunForm("Gemeente Configdorp", "Config Beheer", "beheer@configdorp.nl",
                "wachtwoord uit de configuratie", "wachtwoord uit de configuratie"), "https://kopgroep.example.nl");
        assertThat(firstRun.setUpNeeded()).isFalse();
        assertThat(output.getOut()).doesNotContain("inrichten/");
    }

    @Test
    void weakConfiguredPasswordStopsWithAClearReason() {
        assertThatThrownBy(() -> firstRun.prepare(new FirstRunForm("Gemeente Zwak", "Zwak", "zwak@zwak.nl", "kort", "kort"),
                "https://kopgroep.example.nl"))
                .isInstanceOf(DomainException.class).hasMessage("validation.password.tooShort");
    }

    @Test
    void guessableConfiguredPasswordIsRefusedByTheSamePolicy() {
        assertThatThrownBy(() -> firstRun.prepare(new FirstRunForm("Gemeente Zwakdorp", "Zwak", "zwak@zwakdorp.nl",
                        "Zwakdorp2026!", "Zwakdorp2026!"), "https://kopgroep.example.nl"))
                .isInstanceOf(DomainException.class).hasMessage("password.weak");
        assertThatThrownBy(() -> firstRun.prepare(new FirstRunForm("Gemeente Zwakdorp", "Zwak", "zwak@zwakdorp.nl",
                        "Wachtwoord123", "Wachtwoord123"), "https://kopgroep.example.nl"))
                .isInstanceOf(DomainException.class).hasMessage("password.weak");
    }
}
