package nl.kopgroep.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import java.time.Duration;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.UserId;
import nl.kopgroep.mail.EmbeddedMailServer;
import nl.kopgroep.mail.MailContent;
import nl.kopgroep.mail.MailFrequency;
import nl.kopgroep.mail.MailOutbox;
import nl.kopgroep.mail.MailPreferences;
import nl.kopgroep.mail.MailRecipient;
import nl.kopgroep.mail.MailRecipients;
import nl.kopgroep.mail.MailTopic;
import nl.kopgroep.mail.OutboxWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The unsubscribe page (asks first, the person's language, one neutral message for a bad link) and the development
 * mailbox, both without signing in, with the link read from a mail the embedded SMTP server received.
 */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class MailPagesViewTest extends SpringBrowserlessTest {

    @Autowired MailOutbox outbox;
    @Autowired OutboxWorker worker;
    @Autowired EmbeddedMailServer smtp;
    @Autowired MailRecipients recipients;
    @Autowired MailPreferences preferences;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    private MailRecipient participant;

    @BeforeEach
    void mailOne() {
        worker.sendDue();
        smtp.clear();
        participant = recipients.find(new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?")
                .param(DemoUsers.PARTICIPANT).query(Long.class).single())).orElseThrow();
        forget();
        transactions.executeWithoutResult(status -> outbox.send(participant, MailTopic.MODULE_OPENS,
                MailContent.subject("mail.topic.module_opens").paragraph("mail.topic.module_opens.description")
                        .action("mail.action.open", "/programma").reason("mail.reason.module_opens").build()));
        worker.sendDue();
        assertThat(smtp.awaitReceived(1, Duration.ofSeconds(5))).isTrue();
        DemoUsers.signInAnonymously();
    }

    @AfterEach
    void forget() {
        DemoUsers.signOut();
        jdbc.sql("DELETE FROM mail_preference WHERE user_id = ?").param(participant.id().value()).update();
        jdbc.sql("UPDATE app_user SET preferred_locale = NULL WHERE id = ?").param(participant.id().value()).update();
    }

    private String unsubscribePath() {
        String text = EmbeddedMailServer.part(smtp.received().getLast(), "text/plain");
        int start = text.indexOf("/afmelden/");
        return text.substring(start + 1, text.indexOf('\n', start)).strip();
    }

    @Test
    void openingTheLinkChangesNothingTheButtonUnsubscribes() {
        UI.getCurrent().navigate(unsubscribePath());
        assertThat(getCurrentView()).isInstanceOf(UnsubscribeView.class);
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText))
                .contains("Wil je geen mail meer over: Modules die opengaan?");
        assertThat(preferences.frequency(participant.id(), MailTopic.MODULE_OPENS)).isEqualTo(MailFrequency.DAILY);

        test($(Button.class).withText("Afmelden").single()).click();
        assertThat(preferences.frequency(participant.id(), MailTopic.MODULE_OPENS)).isEqualTo(MailFrequency.NONE);
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText))
                .contains("Je bent afgemeld. Je krijgt geen mail meer over: Modules die opengaan.");
    }

    @Test
    void thePageSpeaksThePersonsLanguage() {
        jdbc.sql("UPDATE app_user SET preferred_locale = 'en' WHERE id = ?").param(participant.id().value()).update();
        UI.getCurrent().navigate(unsubscribePath());
        assertThat($(H1.class).single().getText()).isEqualTo("Unsubscribe from email");
        assertThat($(Button.class).withText("Unsubscribe").exists()).isTrue();
    }

    @Test
    void aTamperedLinkGetsOneNeutralMessage() {
        String path = unsubscribePath();
        for (String bad : new String[] {path.substring(0, path.length() - 2), path.replace("MODULE_OPENS", "FEEDBACK"),
                "afmelden/garbage"}) {
            UI.getCurrent().navigate(bad);
            assertThat($(Button.class).withText("Afmelden").exists()).as(bad).isFalse();
            assertThat($(Paragraph.class).all().stream().map(Paragraph::getText)).as(bad)
                    .anyMatch(text -> text.startsWith("Deze afmeldlink werkt niet."));
        }
        assertThat(preferences.frequency(participant.id(), MailTopic.FEEDBACK)).isEqualTo(MailFrequency.DAILY);
    }

    @SuppressWarnings("unchecked")
    @Test
    void theDevelopmentMailboxListsTheMailAndShowsItsTextAndHtmlSafely() {
        UI.getCurrent().navigate(DevMailView.PATH);
        assertThat(getCurrentView()).isInstanceOf(DevMailView.class);
        assertThat($(Paragraph.class).withClassName("dev-banner").single().getText()).startsWith("Alleen in ontwikkeling");
        Grid<nl.kopgroep.mail.DevMailbox.ReceivedMail> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(participant.address());
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Modules die opengaan");

        test(grid).select(0);
        assertThat($(Pre.class).first().getText()).contains("Beste " + participant.name(), "/programma");
        IFrame frame = $(IFrame.class).single();
        assertThat(frame.getElement().getAttribute("sandbox")).isEmpty();
        assertThat(frame.getElement().getAttribute("srcdoc")).contains("<html lang=\"nl\">");
    }
}
