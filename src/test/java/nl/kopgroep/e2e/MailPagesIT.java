package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail pages in the browser, with axe at desktop and phone width: the settings page from the user menu, the
 * unsubscribe link read from a mail the embedded SMTP server received (asks, then confirms), and the development
 * mailbox without signing in (the HTML in a sandboxed frame, under the page's Content-Security-Policy).
 */
class MailPagesIT extends BrowserTest {

    private static final String PARTICIPANT = "deelnemer@voorbeeldstad.nl";

    @Autowired MailOutbox outbox;
    @Autowired OutboxWorker worker;
    @Autowired EmbeddedMailServer smtp;
    @Autowired MailRecipients recipients;
    @Autowired MailPreferences preferences;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    private MailRecipient participant() {
        return recipients.find(new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(PARTICIPANT)
                .query(Long.class).single())).orElseThrow();
    }

    @AfterEach
    void forget() {
        jdbc.sql("DELETE FROM mail_preference WHERE user_id = ?").param(participant().id().value()).update();
    }

    private void accessibleAtBothWidths(String name) {
        assertAccessible(name);
        phoneWidth();
        assertAccessible(name);
        assertNoHorizontalScroll(name);
        page.setViewportSize(DESKTOP_WIDTH, 900);
        settle();
    }

    /** As {@link #accessibilityProblems}, without entering frames (axe's legacy mode, iframes off). */
    private String accessibilityProblemsOutsideFrames(String pageName) {
        waitForVaadin();
        com.deque.html.axecore.args.AxeRunOptions options = new com.deque.html.axecore.args.AxeRunOptions();
        options.setIFrames(false);
        com.deque.html.axecore.results.AxeResults results = new com.deque.html.axecore.playwright.AxeBuilder(page)
                .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .exclude("vaadin-dev-tools").exclude("copilot-main").options(options).setLegacyMode(true).analyze();
        assertThat(results.isErrored()).as(String.valueOf(results.getErrorMessage())).isFalse();
        return results.getViolations().stream()
                .filter(rule -> java.util.List.of("serious", "critical").contains(rule.getImpact()))
                .map(rule -> pageName + ": " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void theSettingsPageFromTheUserMenuSavesAChoice() {
        signIn(PARTICIPANT, DEMO_PASSWORD);
        page.locator("footer.user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Meldingen per e-mail"))
                .first().click();
        waitForUrl(".*/meldingen");
        waitFor(".mail-settings vaadin-radio-group");
        accessibleAtBothWidths("/meldingen");

        page.locator("vaadin-radio-group[data-topic='MODULE_OPENS'] vaadin-radio-button",
                new com.microsoft.playwright.Page.LocatorOptions().setHasText("Geen mail")).first().click();
        waitForText("Bewaard: Modules die opengaan – Geen mail.");
        assertThat(preferences.frequency(participant().id(), MailTopic.MODULE_OPENS)).isEqualTo(MailFrequency.NONE);
        assertAccessible("/meldingen after a choice");
    }

    @Test
    void theUnsubscribeLinkFromAMailAsksThenConfirmsAndTheDevelopmentMailboxShowsTheMail() {
        worker.sendDue();
        smtp.clear();
        MailRecipient to = participant();
        transactions.executeWithoutResult(status -> outbox.send(to, MailTopic.MODULE_OPENS,
                MailContent.subject("mail.topic.module_opens").paragraph("mail.topic.module_opens.description")
                        .action("mail.action.open", "/programma").reason("mail.reason.module_opens").build()));
        worker.sendDue();
        assertThat(smtp.awaitReceived(1, Duration.ofSeconds(10))).isTrue();
        String text = EmbeddedMailServer.part(smtp.received().getLast(), "text/plain");
        int start = text.indexOf("/afmelden/");
        String path = text.substring(start + 1, text.indexOf('\n', start)).strip();

        open(path);
        waitFor("vaadin-button");
        assertThat(pageText()).contains("Wil je geen mail meer over: Modules die opengaan?");
        accessibleAtBothWidths("/afmelden (question)");
        assertThat(preferences.frequency(to.id(), MailTopic.MODULE_OPENS)).as("opening changes nothing")
                .isEqualTo(MailFrequency.DAILY);
        button("Afmelden").click();
        waitForText("Je bent afgemeld.");
        assertThat(preferences.frequency(to.id(), MailTopic.MODULE_OPENS)).isEqualTo(MailFrequency.NONE);
        accessibleAtBothWidths("/afmelden (done)");

        open("afmelden/" + to.id().value() + ".MODULE_OPENS.vervalst");
        waitForText("Deze afmeldlink werkt niet.");
        accessibleAtBothWidths("/afmelden (bad link)");

        open("dev/mail");
        waitFor("vaadin-grid");
        assertThat(pageText()).contains("Alleen in ontwikkeling");
        accessibleAtBothWidths("/dev/mail");
        page.locator("vaadin-grid-cell-content", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Modules die opengaan")).first().click();
        waitFor("iframe.dev-mail-frame");
        assertThat(page.locator("iframe.dev-mail-frame").getAttribute("sandbox")).isEmpty();
        assertThat(page.locator("iframe.dev-mail-frame").getAttribute("srcdoc")).contains("<html lang=\"nl\">",
                "Modules die opengaan");
        assertThat(pageText()).contains("Beste " + to.name());
        // axe cannot run inside a frame that may run no script (it waits for it forever): the page around it is checked.
        assertThat(accessibilityProblemsOutsideFrames("/dev/mail (a mail opened)")).isEmpty();
        phoneWidth();
        assertThat(accessibilityProblemsOutsideFrames("/dev/mail (a mail opened)")).isEmpty();
        assertNoHorizontalScroll("/dev/mail (a mail opened)");
    }
}
