package nl.kopgroep.mail;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kopgroep.base.OrganisationId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a mail starts: rendered and written to the outbox in the caller's transaction, so the mail exists
 * exactly when what caused it committed (and never when it rolled back). {@link OutboxWorker} sends it.
 * Like a directory it acts for anyone: only services that have authorised their caller, event listeners and
 * scheduled jobs use it, never a view.
 */
@Component
public class MailOutbox {

    private final OutboxStore store;
    private final MailRenderer renderer;
    private final PreferenceStore preferences;
    private final UnsubscribeTokens tokens;
    private final Clock clock;
    private final String messageIdDomain;

    MailOutbox(OutboxStore store, MailRenderer renderer, PreferenceStore preferences, UnsubscribeTokens tokens, Clock clock,
               MailSettings settings) {
        this.store = store;
        this.renderer = renderer;
        this.preferences = preferences;
        this.tokens = tokens;
        this.clock = clock;
        String from = settings.from();
        this.messageIdDomain = from.contains("@") ? from.substring(from.indexOf('@') + 1) : "kopgroep.local";
    }

    /**
     * Puts a mail to the person in the outbox, unless they are inactive or switched the topic off. Optional
     * topics carry an unsubscribe link (in the footer and as RFC 8058 one-click headers).
     *
     * @return whether a mail was written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean send(MailRecipient to, MailTopic topic, MailContent content) {
        if (!to.active() || preferences.frequency(to.id(), topic) == MailFrequency.NONE) {
            return false;
        }
        String unsubscribeUrl = topic.optional()
                ? renderer.url(MailLinks.ONE_CLICK_PATH + tokens.tokenFor(to.id(), topic)) : null;
        String pageUrl = topic.optional()
                ? renderer.url("/" + MailLinks.UNSUBSCRIBE_PAGE + "/" + tokens.tokenFor(to.id(), topic)) : null;
        RenderedMail mail = renderer.render(content, to.locale(), to.name(), pageUrl);
        store.add(to.id(), to.organisation(), to.address(), topic, to.locale(), mail, unsubscribeUrl,
                "<" + UUID.randomUUID() + "@" + messageIdDomain + ">", clock.instant());
        return true;
    }

    /**
     * Puts a person's digest in the outbox: one mail that mixes topics. Its footer links to the settings page
     * (each section carries its own topic's unsubscribe link in the body). The List-Unsubscribe header is the
     * topic's one-click link when the digest holds one optional topic; when it mixes topics it is the settings
     * page, without the one-click header, since one click cannot say which of the topics to stop.
     *
     * @return whether a mail was written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean sendDigest(MailRecipient to, Set<MailTopic> topics, MailContent content) {
        if (!to.active() || topics.isEmpty()) {
            return false;
        }
        MailTopic first = topics.iterator().next();
        String listUnsubscribe = topics.size() == 1 && first.optional()
                ? renderer.url(MailLinks.ONE_CLICK_PATH + tokens.tokenFor(to.id(), first))
                : renderer.url(MailLinks.SETTINGS_PATH);
        RenderedMail mail = renderer.renderWithSettingsFooter(content, to.locale(), to.name());
        store.add(to.id(), to.organisation(), to.address(), first, to.locale(), mail, listUnsubscribe,
                "<" + UUID.randomUUID() + "@" + messageIdDomain + ">", clock.instant());
        return true;
    }

    /** The mails that could not be delivered to people of these municipalities, newest first. */
    @Transactional(readOnly = true)
    public List<UndeliveredMail> failures(Set<OrganisationId> organisations, int limit) {
        return store.failures(organisations, limit);
    }

    /**
     * Puts a failed mail to someone of these municipalities back in the queue, to the address given (the person's
     * address as it is now, after an administrator corrected it), with fresh attempts. For a service that has
     * authorised the administrator for these municipalities.
     *
     * @return false when there is no such failed mail (any more) in these municipalities, or its text was given up
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean retry(long id, Set<OrganisationId> organisations, String address) {
        return store.requeue(id, organisations, address, clock.instant());
    }
}
