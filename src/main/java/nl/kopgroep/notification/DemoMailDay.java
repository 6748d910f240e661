package nl.kopgroep.notification;

import java.util.Map;
import nl.kopgroep.base.database.DemoDataPolicy;
import nl.kopgroep.mail.DigestJob;
import nl.kopgroep.mail.MailFrequency;
import nl.kopgroep.mail.MailPreferences;
import nl.kopgroep.mail.MailTopic;
import nl.kopgroep.mail.ReminderJob;
import nl.kopgroep.organisation.OrganisationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's day of mail (only when demo data loads, i.e. {@code ./mvnw spring-boot:run} on the embedded database):
 * after the other demo loaders, a few demo people get preferences of their own (a coach and a participant want
 * some mail at once, the rest keeps the daily digest), then today's reminders run and a digest goes out; the outbox
 * worker sends it all to the embedded SMTP server. {@code kopgroep.mail.demo-day=false} leaves it out (the tests).
 */
@Component
@Order(900)
class DemoMailDay implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMailDay.class);
    /** Who wants what at once; a preference someone set themselves is kept. */
    private static final Map<String, MailTopic> IMMEDIATE = Map.of(
            "coach@voorbeeldstad.nl", MailTopic.REFLECTIONS_WAITING,
            "deelnemer@voorbeeldstad.nl", MailTopic.FEEDBACK);

    private final DemoDataPolicy policy;
    private final boolean enabled;
    private final OrganisationDirectory directory;
    private final MailPreferences preferences;
    private final ReminderJob reminders;
    private final DigestJob digest;
    private final TransactionTemplate transactions;

    DemoMailDay(DemoDataPolicy policy, @Value("${kopgroep.mail.demo-day:true}") boolean enabled,
                OrganisationDirectory directory, MailPreferences preferences, ReminderJob reminders, DigestJob digest,
                TransactionTemplate transactions) {
        this.policy = policy;
        this.enabled = enabled;
        this.directory = directory;
        this.preferences = preferences;
        this.reminders = reminders;
        this.digest = digest;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (policy.enabled() && enabled) {
            runDay();
        }
    }

    /** Preferences, reminders, digest: returns the digests written. */
    int runDay() {
        transactions.executeWithoutResult(status -> IMMEDIATE.forEach((email, topic) -> directory.accountByEmail(email)
                .filter(person -> preferences.all(person).get(topic) == topic.defaultFrequency())
                .ifPresent(person -> preferences.set(person, topic, MailFrequency.IMMEDIATE))));
        int noted = reminders.run();
        int digests = digest.run();
        log.info("Demo mail: {} reminders noted, {} digests in the outbox; the embedded SMTP server receives them", noted,
                digests);
        return digests;
    }
}
