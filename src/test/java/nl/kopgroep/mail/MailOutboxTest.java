package nl.kopgroep.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox through a real SMTP server in the test JVM: written in the caller's transaction, sent once. */
@KopgroepTest
class MailOutboxTest {

    @Autowired MailOutbox outbox;
    @Autowired OutboxWorker worker;
    @Autowired EmbeddedMailServer smtp;
    @Autowired MailRecipients recipients;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void emptyOutbox() {
        while (worker.sendDue() > 0) {
            // drain what earlier tests left due
        }
        smtp.clear();
    }

    private MailRecipient participant() {
        Long id = jdbc.sql("SELECT id FROM app_user WHERE email = 'deelnemer@voorbeeldstad.nl'").query(Long.class).single();
        return recipients.find(new UserId(id)).orElseThrow();
    }

    @Test
    void aMailWrittenInACommittedTransactionIsSentOnceWithTextHtmlAndOneClickUnsubscribe() throws Exception {
        MailRecipient to = participant();
        transactions.executeWithoutResult(status -> outbox.send(to, MailTopic.MODULE_OPENS,
                MailContent.subject("mail.topic.module_opens").paragraph("mail.topic.module_opens.description")
                        .action("mail.action.open", "/programma").reason("mail.reason.module_opens").build()));

        assertThat(worker.sendDue()).isEqualTo(1);
        assertThat(worker.sendDue()).as("nothing twice").isZero();
        assertThat(smtp.awaitReceived(1, Duration.ofSeconds(5))).isTrue();
        List<MimeMessage> received = smtp.received();
        assertThat(received).hasSize(1);
        MimeMessage mail = received.getFirst();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(to.address());
        assertThat(mail.getSubject()).isEqualTo("Modules die opengaan");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).matches("<http://localhost:8080/mail/afmelden/[0-9]+\\.MODULE_OPENS\\.[A-Za-z0-9_-]+>");
        String text = EmbeddedMailServer.part(mail, "text/plain");
        String html = EmbeddedMailServer.part(mail, "text/html");
        assertThat(text).contains("Beste " + to.name(), "http://localhost:8080/programma");
        assertThat(html).contains("<html lang=\"nl\">", "href=\"http://localhost:8080/programma\"");
    }

    @Test
    void aRolledBackTransactionLeavesNoMail() {
        MailRecipient to = participant();
        transactions.executeWithoutResult(status -> {
            outbox.send(to, MailTopic.MODULE_OPENS, MailContent.subject("mail.topic.module_opens").build());
            status.setRollbackOnly();
        });
        assertThat(worker.sendDue()).isZero();
    }
}
