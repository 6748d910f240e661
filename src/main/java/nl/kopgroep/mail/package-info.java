/**
 * E-mail: the outbox written in the transaction of the event that causes a mail, the worker that sends
 * it over SMTP (retry with back-off, a row lock so no mail goes twice), the one layout every mail is
 * rendered in (HTML plus plain text, Dutch or English), what waits for a person's digest, each person's
 * preferences per topic and the one-click unsubscribe links. Features decide what is sent and to whom;
 * this package never reads their tables and never receives private text (journal text, titles, feedback,
 * goal evidence): only names, counts, dates and a link into the app. It sits below {@code organisation}
 * (which answers who a recipient is through {@link nl.kopgroep.mail.MailRecipients}) and above
 * {@code privacy}.
 */
@NullMarked
package nl.kopgroep.mail;

import org.jspecify.annotations.NullMarked;
