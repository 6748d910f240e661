package nl.kopgroep.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server inside the application (GreenMail), for {@code ./mvnw spring-boot:run} and the tests: it
 * accepts every mail on 127.0.0.1 and keeps it in memory, where the development page {@code /dev/mail} and the
 * tests read it. Present only where GreenMail is on the class path (never in the production jar) and no SMTP
 * host is configured.
 */
public class EmbeddedMailServer implements DevMailbox {

    private final String bindAddress;
    private volatile GreenMail greenMail;
    private volatile int port;

    private EmbeddedMailServer(String bindAddress, int port) {
        this.bindAddress = bindAddress;
        this.port = port;
        this.greenMail = started(port);
    }

    static EmbeddedMailServer start(int port) {
        return new EmbeddedMailServer("127.0.0.1", port);
    }

    private GreenMail started(int wantedPort) {
        ServerSetup setup = new ServerSetup(wantedPort, bindAddress, ServerSetup.PROTOCOL_SMTP);
        GreenMail server = new GreenMail(wantedPort == 0 ? setup.dynamicPort() : setup);
        server.start();
        this.port = server.getSmtp().getPort();
        return server;
    }

    public String host() {
        return bindAddress;
    }

    public int port() {
        return port;
    }

    public boolean running() {
        return greenMail.isRunning();
    }

    /** Every message received since the start (or the last {@link #clear()}), oldest first. */
    public List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** Waits (without sleeping blindly: GreenMail is notified per message) until at least {@code count} messages arrived. */
    public boolean awaitReceived(int count, Duration timeout) {
        return greenMail.waitForIncomingEmail(timeout.toMillis(), count);
    }

    @Override
    public List<ReceivedMail> newestFirst() {
        List<MimeMessage> messages = received();
        java.util.ArrayList<ReceivedMail> mails = new java.util.ArrayList<>(messages.size());
        for (int i = messages.size() - 1; i >= 0; i--) {
            mails.add(readable(i + 1, messages.get(i)));
        }
        return mails;
    }

    @Override
    public java.util.Optional<ReceivedMail> find(int number) {
        List<MimeMessage> messages = received();
        return number < 1 || number > messages.size() ? java.util.Optional.empty()
                : java.util.Optional.of(readable(number, messages.get(number - 1)));
    }

    private static ReceivedMail readable(int number, MimeMessage message) {
        try {
            jakarta.mail.Address[] to = message.getAllRecipients();
            java.util.Date sent = message.getSentDate();
            return new ReceivedMail(number, sent == null ? null : sent.toInstant(),
                    to == null ? "" : String.join(", ", Arrays.stream(to).map(String::valueOf).toList()),
                    message.getSubject() == null ? "" : message.getSubject(), part(message, "text/plain"),
                    part(message, "text/html"));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void clear() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("Could not clear the embedded mail server", e);
        }
    }

    /** Stops accepting mail (an outage, for tests and demonstrations); {@link #restart()} brings it back on the same port. */
    public synchronized void stop() {
        greenMail.stop();
    }

    public synchronized void restart() {
        if (!greenMail.isRunning()) {
            greenMail = started(port);
        }
    }

    void shutdown() {
        greenMail.stop();
    }

    /** The text of a received message's part of this MIME type (text/plain or text/html), or an empty string. */
    public static String part(MimeMessage message, String mimeType) {
        try {
            return part(message.getContent(), message.getContentType(), mimeType);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Object content, String contentType, String mimeType) throws MessagingException, IOException {
        if (content instanceof String text) {
            return contentType.toLowerCase().startsWith(mimeType) ? text : "";
        }
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder found = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart body = multipart.getBodyPart(i);
                found.append(part(body.getContent(), body.getContentType(), mimeType));
            }
            return found.toString();
        }
        return "";
    }
}
