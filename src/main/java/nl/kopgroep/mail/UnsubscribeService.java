package nl.kopgroep.mail;

import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unsubscribing from one topic by the link in a mail, without signing in: the token ({@link UnsubscribeTokens})
 * is the only authority, and it names exactly one person and one topic, so it can switch off that topic of that
 * person and nothing else. Open to anyone on purpose ({@code permitAll()}): whoever holds the person's mail holds
 * the link. Account mails cannot be switched off. The token itself is never logged.
 */
@Service
@PreAuthorize("permitAll()")
public class UnsubscribeService {

    /** What an unsubscribe link stands for: the topic, and the person's language for the page. */
    public record Offer(MailTopic topic, Locale locale) {
    }

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeService.class);

    private final UnsubscribeTokens tokens;
    private final MailPreferences preferences;
    private final MailRecipients recipients;

    UnsubscribeService(UnsubscribeTokens tokens, MailPreferences preferences, MailRecipients recipients) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.recipients = recipients;
    }

    /** The topic and language behind a link, or empty for a bad, tampered or account token (one neutral answer). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Offer> offer(String token) {
        return valid(token).map(subscription -> new Offer(subscription.topic(), recipients.find(subscription.user())
                .map(MailRecipient::locale).orElse(nl.kopgroep.base.Messages.DUTCH)));
    }

    /**
     * Switches the link's topic off for the link's person (idempotent).
     *
     * @return false for a bad, tampered or account token: then nothing changed
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public boolean unsubscribe(String token) {
        Optional<UnsubscribeTokens.Subscription> subscription = valid(token);
        if (subscription.isEmpty()) {
            log.info("Unsubscribe refused: the link did not check out");
            return false;
        }
        UnsubscribeTokens.Subscription s = subscription.get();
        preferences.set(s.user(), s.topic(), MailFrequency.NONE);
        log.info("User {} unsubscribed from {} by the link in a mail", s.user().value(), s.topic());
        return true;
    }

    private Optional<UnsubscribeTokens.Subscription> valid(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        return tokens.check(token).filter(subscription -> subscription.topic().optional()
                && subscription.topic().allows(MailFrequency.NONE));
    }
}
