package nl.kopgroep.mail;

/** A mail as it is sent: subject, plain text and HTML, in the recipient's language. */
public record RenderedMail(String subject, String text, String html) {
}
