package nl.kopgroep.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Locale;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.mail.MailFrequency;
import nl.kopgroep.mail.MailPreferences;
import nl.kopgroep.mail.MailTopic;
import nl.kopgroep.base.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Meldingen per e-mail: the topics of the person's own roles, saved at once; account mails always on; the language. */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class MailSettingsViewTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired MailPreferences preferences;
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

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<MailFrequency> topic(MailTopic topic) {
        return $(RadioButtonGroup.class).all().stream()
                .filter(group -> topic.name().equals(group.getElement().getAttribute("data-topic")))
                .map(group -> (RadioButtonGroup<MailFrequency>) group).findFirst().orElseThrow();
    }

    @Test
    void aParticipantSeesHerTopicsAndAChoiceIsSavedAtOnce() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        navigate(MailSettingsView.class);

        List<String> topics = $(RadioButtonGroup.class).all().stream()
                .map(group -> group.getElement().getAttribute("data-topic")).filter(t -> t != null).toList();
        assertThat(topics).contains("FEEDBACK", "CHECK_IN_DUE", "MODULE_OPENS", "NEW_DEVICE_SIGN_IN")
                .doesNotContain("REFLECTIONS_WAITING", "DASHBOARD_UPDATE", "ACCOUNT");
        assertThat(topic(MailTopic.FEEDBACK).getLabel()).isEqualTo("Reacties van je coach");
        assertThat(topic(MailTopic.FEEDBACK).getHelperText()).isEqualTo("Nieuwe feedback op een reflectie of een opmerking bij een doel.");
        assertThat(topic(MailTopic.FEEDBACK).getValue()).isEqualTo(MailFrequency.DAILY);
        assertThat(topic(MailTopic.NEW_DEVICE_SIGN_IN).getListDataView().getItems().toList())
                .containsExactly(MailFrequency.IMMEDIATE, MailFrequency.NONE);
        assertThat($(Div.class).withClassName("mail-topic-always").single().getElement().getTextRecursively())
                .contains("Altijd aan");

        test(topic(MailTopic.FEEDBACK)).selectItem("Wekelijks overzicht");
        assertThat(preferences.frequency(participant, MailTopic.FEEDBACK)).isEqualTo(MailFrequency.WEEKLY);
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("save-status").single().getText())
                .isEqualTo("Bewaard: Reacties van je coach – Wekelijks overzicht.");
    }

    @Test
    void aCoachSeesTheCoachTopicAndNotTheParticipants() {
        DemoUsers.signIn(users, DemoUsers.COACH);
        navigate(MailSettingsView.class);
        List<String> topics = $(RadioButtonGroup.class).all().stream()
                .map(group -> group.getElement().getAttribute("data-topic")).filter(t -> t != null).toList();
        assertThat(topics).contains("REFLECTIONS_WAITING").doesNotContain("FEEDBACK", "MODULE_OPENS");
    }

    @SuppressWarnings("unchecked")
    @Test
    void theLanguageOfMailsIsSaved() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        navigate(MailSettingsView.class);
        RadioButtonGroup<Locale> language = $(RadioButtonGroup.class).withCaption("Taal van je mails").single();
        assertThat(language.getValue().getLanguage()).isEqualTo("nl");
        test(language).selectItem("English");
        assertThat(jdbc.sql("SELECT preferred_locale FROM app_user WHERE id = ?").param(participant.value())
                .query(String.class).single()).isEqualTo("en");
    }
}
