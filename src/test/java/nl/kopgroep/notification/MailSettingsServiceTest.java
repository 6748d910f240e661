package nl.kopgroep.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.mail.MailFrequency;
import nl.kopgroep.mail.MailPreferences;
import nl.kopgroep.mail.MailTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The settings service acts on the signed-in person only and refuses what their topics do not allow. */
@KopgroepTest
class MailSettingsServiceTest {

    @Autowired MailSettingsService service;
    @Autowired MailPreferences preferences;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private UserId participant;

    @BeforeEach
    void fresh() {
        participant = new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(DemoUsers.PARTICIPANT)
                .query(Long.class).single());
        forget();
    }

    @AfterEach
    void forget() {
        DemoUsers.signOut();
        jdbc.sql("DELETE FROM mail_preference WHERE user_id = ?").param(participant.value()).update();
        jdbc.sql("UPDATE app_user SET preferred_locale = NULL WHERE id = ?").param(participant.value()).update();
    }

    @Test
    void invalidChoicesAreRefusedWithAMessageAndChangeNothing() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        assertThatThrownBy(() -> service.choose(MailTopic.ACCOUNT, MailFrequency.NONE))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage()).contains("mailSettings.notChangeable"));
        assertThatThrownBy(() -> service.choose(MailTopic.NEW_DEVICE_SIGN_IN, MailFrequency.WEEKLY))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> service.choose(MailTopic.REFLECTIONS_WAITING, MailFrequency.NONE))
                .as("a coach's topic for a participant").isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> service.chooseMailLanguage(Locale.GERMAN)).isInstanceOf(DomainException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_preference WHERE user_id = ?").param(participant.value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aChoiceChangesOnlyTheSignedInPersonsPreference() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        service.choose(MailTopic.MODULE_OPENS, MailFrequency.IMMEDIATE);
        assertThat(preferences.frequency(participant, MailTopic.MODULE_OPENS)).isEqualTo(MailFrequency.IMMEDIATE);
        assertThat(service.mySettings()).anySatisfy(setting -> {
            assertThat(setting.topic()).isEqualTo(MailTopic.MODULE_OPENS);
            assertThat(setting.frequency()).isEqualTo(MailFrequency.IMMEDIATE);
        }).anySatisfy(setting -> {
            assertThat(setting.topic()).isEqualTo(MailTopic.ACCOUNT);
            assertThat(setting.changeable()).isFalse();
        });
        service.chooseMailLanguage(Locale.ENGLISH);
        assertThat(service.myMailLanguage().getLanguage()).isEqualTo("en");
    }

    @Test
    void nobodySignedInIsRefused() {
        assertThatThrownBy(() -> service.mySettings()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
