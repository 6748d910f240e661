package nl.kopgroep.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.mail.MailFrequency;
import nl.kopgroep.mail.MailPreferences;
import nl.kopgroep.mail.MailTopic;
import nl.kopgroep.organisation.MyAccountService;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own mail settings ({@code /meldingen}): per topic that concerns their roles how often they
 * get it, and the language of their mails. Account mails are listed as always on and cannot be changed.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class MailSettingsService {

    /** One topic on the settings page: what the person chose now and what they may choose. */
    public record TopicSetting(MailTopic topic, MailFrequency frequency, List<MailFrequency> choices, boolean changeable) {
    }

    private final MailPreferences preferences;
    private final MyAccountService myAccount;
    private final CurrentUser currentUser;

    MailSettingsService(MailPreferences preferences, MyAccountService myAccount, CurrentUser currentUser) {
        this.preferences = preferences;
        this.myAccount = myAccount;
        this.currentUser = currentUser;
    }

    /** The topics for the signed-in person's roles, account mails first (always on). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TopicSetting> mySettings() {
        Set<Role> roles = currentUser.require().roles();
        Map<MailTopic, MailFrequency> chosen = preferences.all(currentUser.id());
        List<TopicSetting> settings = new ArrayList<>();
        for (MailTopic topic : MailTopic.values()) {
            if (topic == MailTopic.ACCOUNT || topic.concerns(roles)) {
                settings.add(new TopicSetting(topic, chosen.getOrDefault(topic, topic.defaultFrequency()), topic.choices(),
                        topic.optional()));
            }
        }
        return settings;
    }

    /** Sets how often the signed-in person gets mail of a topic; refuses account mails, other roles' topics, other choices. */
    @PreAuthorize("isAuthenticated()")
    public void choose(MailTopic topic, MailFrequency frequency) {
        if (topic == null || frequency == null || !topic.optional()) {
            throw new DomainException("mailSettings.notChangeable");
        }
        if (!topic.concerns(currentUser.require().roles()) || !topic.allows(frequency)) {
            throw new DomainException("mailSettings.invalid");
        }
        preferences.set(currentUser.id(), topic, frequency);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Locale myMailLanguage() {
        return myAccount.mailLanguage();
    }

    @PreAuthorize("isAuthenticated()")
    public void chooseMailLanguage(Locale language) {
        myAccount.setMailLanguage(language);
    }
}
