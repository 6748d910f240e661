package nl.kopgroep.mail;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes something for a person's mail, in the caller's transaction, by their preference for its topic:
 * "immediately" puts a mail of its own in the outbox now, "daily" and "weekly" keep it for the digest,
 * "none" drops it. Used by event listeners and scheduled jobs of the features that know what happened.
 */
@Component
public class MailNotices {

    private final NoticeStore store;
    private final PreferenceStore preferences;
    private final MailOutbox outbox;
    private final Clock clock;

    MailNotices(NoticeStore store, PreferenceStore preferences, MailOutbox outbox, Clock clock) {
        this.store = store;
        this.preferences = preferences;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return whether it was noted (false: the person is inactive, chose no mail, or had this once-only notice before) */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean note(MailRecipient to, MailTopic topic, Notice notice) {
        if (!to.active() || !topic.optional()) {
            return false;
        }
        MailFrequency frequency = preferences.frequency(to.id(), topic);
        if (frequency == MailFrequency.NONE) {
            return false;
        }
        boolean immediate = frequency == MailFrequency.IMMEDIATE;
        if (!store.add(to.id(), topic, notice, clock.instant(), immediate ? clock.instant() : null)) {
            return false;
        }
        if (immediate) {
            outbox.send(to, topic, single(topic, notice));
        }
        return true;
    }

    /** Takes back what still waits for a digest about this (e.g. an entry deleted or made private). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int withdraw(String refKind, long refId) {
        return store.withdraw(refKind, refId);
    }

    /** The mail for one notice when the person wants it at once: the line is the subject and the body. */
    static MailContent single(MailTopic topic, Notice notice) {
        return MailContent.subject(notice.lineKey(), notice.arguments())
                .paragraph(notice.lineKey(), notice.arguments())
                .action("mail.action.open", notice.linkPath())
                .reason("mail.reason." + topic.name().toLowerCase(java.util.Locale.ROOT))
                .build();
    }
}
