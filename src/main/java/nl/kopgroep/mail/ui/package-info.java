/**
 * The mail pages without a signed-in person: the unsubscribe page a mail links to ({@code /afmelden/<token>}) and,
 * in development only, the page that lists what the embedded SMTP server received ({@code /dev/mail}).
 */
@NullMarked
package nl.kopgroep.mail.ui;

import org.jspecify.annotations.NullMarked;
