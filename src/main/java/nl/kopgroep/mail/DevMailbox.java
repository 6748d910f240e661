package nl.kopgroep.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the embedded development SMTP server received, for the development page {@code /dev/mail}. A bean only where
 * {@link EmbeddedMailServer} runs (never in production); the page and its route registration know only this
 * interface, so they load no GreenMail class.
 */
public interface DevMailbox {

    /** One received mail: its number on the server, when it was sent, to whom, the subject, the plain text and HTML. */
    record ReceivedMail(int number, @Nullable Instant sentAt, String to, String subject, String text, String html) {
    }

    /** Every mail received since the start (or the last clear), newest first. */
    List<ReceivedMail> newestFirst();

    Optional<ReceivedMail> find(int number);
}
