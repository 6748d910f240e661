package nl.kopgroep.organisation;

import nl.kopgroep.base.DomainException;
import nl.kopgroep.mail.MailContent;
import nl.kopgroep.mail.MailOutbox;
import nl.kopgroep.mail.MailRecipient;
import nl.kopgroep.mail.MailRecipients;
import nl.kopgroep.mail.MailTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links go by mail to the person's own address (topic {@link MailTopic#ACCOUNT}: always, at once),
 * written to the outbox in the transaction that made the token, so a link exists in a mail exactly when its
 * token was stored. The mail is in the person's language; the link is its button. Nobody else sees it, and
 * it never appears in a log line.
 */
@Component
class MailLinkDelivery implements AccountLinkDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailLinkDelivery.class);

    private final MailRecipients recipients;
    private final MailOutbox outbox;
    private final OrganisationRepository organisations;

    MailLinkDelivery(MailRecipients recipients, MailOutbox outbox, OrganisationRepository organisations) {
        this.recipients = recipients;
        this.outbox = outbox;
        this.organisations = organisations;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public String deliver(AccountLink link) {
        MailRecipient to = recipients.find(link.account()).orElseThrow(() -> new DomainException("account.link.deliveryFailed"));
        if (!outbox.send(to, MailTopic.ACCOUNT, content(link, to))) {
            // An inactive person or municipality gets no mail: then the link is not made either.
            throw new DomainException("account.link.deliveryFailed");
        }
        log.info("One-time link ({}) for account {} put in the outbox", link.kind(), link.account());
        return to.address();
    }

    @Override
    public String channelKey() {
        return "account.link.channel.mail";
    }

    private MailContent content(AccountLink link, MailRecipient to) {
        return switch (link.kind()) {
            case INVITATION -> MailContent.subject("mail.account.invitation.subject")
                    .paragraph("mail.account.invitation.text", organisations.findById(to.organisation().value())
                            .map(Organisation::name).orElse(""))
                    .action("mail.account.invitation.action", link.path())
                    .paragraph("mail.account.link.validity", link.expiresAt())
                    .paragraph("mail.account.link.login", to.address())
                    .build();
            case PASSWORD_RESET -> MailContent.subject("mail.account.reset.subject")
                    .paragraph("mail.account.reset.text")
                    .action("mail.account.password.action", link.path())
                    .paragraph("mail.account.link.validity", link.expiresAt())
                    .paragraph("mail.account.reset.unexpected")
                    .build();
            case PASSWORD_RECOVERY -> MailContent.subject("mail.account.recovery.subject")
                    .paragraph("mail.account.recovery.text")
                    .action("mail.account.password.action", link.path())
                    .paragraph("mail.account.link.validity", link.expiresAt())
                    .paragraph("mail.account.recovery.ignore")
                    .build();
        };
    }
}
