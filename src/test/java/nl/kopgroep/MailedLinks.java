package nl.kopgroep;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kopgroep.mail.EmbeddedMailServer;
import nl.kopgroep.mail.OutboxWorker;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one-time links the application mailed, read back from the outbox the way only the recipient could: the
 * administrator's screens and services never return them. Works inside a test's own transaction too (the outbox row
 * is written in the transaction that made the token).
 */
public final class MailedLinks {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]+");

    private MailedLinks() {
    }

    /** The token of the newest invitation link mailed to the address. */
    public static String invitation(JdbcClient jdbc, String address) {
        return token(jdbc, address, "/uitnodiging/");
    }

    /** The token of the newest password link (an administrator's reset or "wachtwoord vergeten") mailed to the address. */
    public static String passwordReset(JdbcClient jdbc, String address) {
        return token(jdbc, address, "/wachtwoord-herstellen/");
    }

    /**
     * The token after {@code path} in the newest mail to the address that links there and is not sent yet (the
     * worker clears a body once the mail is sent).
     */
    public static String token(JdbcClient jdbc, String address, String path) {
        return jdbc.sql("SELECT text_body FROM mail_outbox WHERE address = ? ORDER BY id DESC")
                .param(address).query(String.class).list().stream()
                .filter(body -> body != null && body.contains(path)).findFirst()
                .map(body -> tokenIn(body, path))
                .orElseThrow(() -> new AssertionError("no mail to " + address + " links to " + path));
    }

    /** The token after {@code path} in a mail's text. */
    public static String tokenIn(String text, String path) {
        Matcher matcher = TOKEN.matcher(text);
        int start = text.indexOf(path);
        if (start < 0 || !matcher.find(start + path.length())) {
            throw new AssertionError("no link to " + path + " in the mail");
        }
        return matcher.group();
    }

    /** Sends what is due and returns the mails the embedded SMTP server received for the address, oldest first. */
    public static List<MimeMessage> sendAndReceive(OutboxWorker worker, EmbeddedMailServer smtp, String address) {
        int before = smtp.received().size();
        int sent = drain(worker);
        if (sent > 0) {
            smtp.awaitReceived(before + sent, Duration.ofSeconds(10));
        }
        return smtp.received().stream().filter(message -> to(message).equalsIgnoreCase(address)).toList();
    }

    /** Sends everything that is due, batch after batch (a batch holds at most kopgroep.mail.batch-size mails). */
    public static int drain(OutboxWorker worker) {
        int total = 0;
        for (int sent = worker.sendDue(); sent > 0; sent = worker.sendDue()) {
            total += sent;
        }
        return total;
    }

    /** The newest mail to the address after sending what is due. */
    public static MimeMessage newestTo(OutboxWorker worker, EmbeddedMailServer smtp, String address) {
        int before = smtp.received().size();
        List<MimeMessage> mails = sendAndReceive(worker, smtp, address);
        if (mails.isEmpty()) {
            // The application's own outbox worker runs on its schedule too: when it is sending this very mail, our
            // drain finds nothing due (the row is locked) and the mail arrives a moment later.
            smtp.awaitReceived(before + 1, java.time.Duration.ofSeconds(10));
            mails = sendAndReceive(worker, smtp, address);
        }
        if (mails.isEmpty()) {
            throw new AssertionError("no mail to " + address);
        }
        return mails.getLast();
    }

    public static String to(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).findFirst().orElse("");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
