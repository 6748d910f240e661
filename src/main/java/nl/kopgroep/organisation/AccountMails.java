package nl.kopgroep.organisation;

import java.time.Instant;
import nl.kopgroep.base.UserId;
import nl.kopgroep.mail.MailContent;
import nl.kopgroep.mail.MailOutbox;
import nl.kopgroep.mail.MailRecipients;
import nl.kopgroep.mail.MailTopic;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails that tell a person something changed about their account without carrying a link that opens it: their
 * second factor was reset by an administrator (topic {@link MailTopic#ACCOUNT}, always), someone signed in from a
 * device not seen before ({@link MailTopic#NEW_DEVICE_SIGN_IN}, which the person may switch off). Written in the
 * caller's transaction; links go to the sign-in page or to changing the password, never with a token.
 */
@Component
class AccountMails {

    static final String CHANGE_PASSWORD_PATH = "/wachtwoord-wijzigen";
    static final String LOGIN_PATH = "/login";

    private final MailRecipients recipients;
    private final MailOutbox outbox;

    AccountMails(MailRecipients recipients, MailOutbox outbox) {
        this.recipients = recipients;
        this.outbox = outbox;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean secondFactorReset(UserId person) {
        return recipients.find(person).map(to -> outbox.send(to, MailTopic.ACCOUNT,
                MailContent.subject("mail.account.mfa.subject")
                        .paragraph("mail.account.mfa.text")
                        .paragraph("mail.account.mfa.unexpected")
                        .action("mail.account.mfa.action", LOGIN_PATH)
                        .build())).orElse(false);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean newDevice(UserId person, String device, Instant at) {
        return recipients.find(person).map(to -> outbox.send(to, MailTopic.NEW_DEVICE_SIGN_IN,
                MailContent.subject("mail.account.newDevice.subject")
                        .paragraph("mail.account.newDevice.text", at, device)
                        .paragraph("mail.account.newDevice.you")
                        .paragraph("mail.account.newDevice.notYou")
                        .action("mail.account.newDevice.action", CHANGE_PASSWORD_PATH)
                        .reason("mail.reason.new_device_sign_in")
                        .build())).orElse(false);
    }
}
