package nl.kopgroep.mail;

import java.time.Clock;
import java.util.Map;
import nl.kopgroep.base.UserId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Preferences of any person, for the mail machinery and for services that have already authorised their
 * caller (the settings page's service for the signed-in person, the unsubscribe service for a checked token).
 * Never used by a view.
 */
@Component
public class MailPreferences {

    private final PreferenceStore store;
    private final Clock clock;

    MailPreferences(PreferenceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MailFrequency frequency(UserId user, MailTopic topic) {
        return store.frequency(user, topic);
    }

    @Transactional(readOnly = true)
    public Map<MailTopic, MailFrequency> all(UserId user) {
        return store.all(user);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void set(UserId user, MailTopic topic, MailFrequency frequency) {
        store.set(user, topic, frequency, clock.instant());
    }
}
