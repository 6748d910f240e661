package nl.kopgroep.organisation;

import nl.kopgroep.security.NewDeviceSignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A sign-in from a device the account never used before: the person gets a mail (topic NEW_DEVICE_SIGN_IN, which
 * they may switch off) with the device, the time and a link to change their password. A failure to write the mail
 * is logged and never stops the sign-in.
 */
@Component
class NewDeviceMail {

    private static final Logger log = LoggerFactory.getLogger(NewDeviceMail.class);

    private final AccountMails mails;
    private final TransactionTemplate transaction;

    NewDeviceMail(AccountMails mails, PlatformTransactionManager transactions) {
        this.mails = mails;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener
    void on(NewDeviceSignIn signIn) {
        try {
            transaction.executeWithoutResult(status -> mails.newDevice(signIn.user(), signIn.device(), signIn.at()));
        } catch (RuntimeException e) {
            log.warn("No new-device mail for account {}", signIn.user(), e);
        }
    }
}
