package nl.kopgroep.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockProvider;
import nl.kopgroep.base.InstallationLock;
import nl.kopgroep.base.Messages;
import nl.kopgroep.base.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The digest: once a day at {@code kopgroep.mail.digest-time} (in {@code kopgroep.time-zone}) one mail per person
 * with what waits for them, a section per topic: topics set to "daily" every day, "weekly" ones only on
 * {@code kopgroep.mail.weekly-digest-day}. Per person one transaction locks their waiting notices
 * ({@code FOR UPDATE SKIP LOCKED}), writes the one outbox row and marks the notices delivered, so a notice is in
 * exactly one digest. The whole run holds the ShedLock row {@value #LOCK}: with two nodes on one database one of
 * them sends; if both got through (the lock ran out), the row locks and the delivered mark still make each
 * notice go once.
 */
@Component
public class DigestJob {

    static final String LOCK = "kopgroep-mail-digest";
    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);
    private static final int MAX_PEOPLE = 100_000;
    /** A digest stays readable: beyond this many lines a topic says how many more wait in the app. */
    static final int MAX_LINES_PER_TOPIC = 15;

    private final NoticeStore notices;
    private final PreferenceStore preferences;
    private final MailRecipients recipients;
    private final MailOutbox outbox;
    private final UnsubscribeTokens tokens;
    private final MailSettings settings;
    private final InstallationLock lock;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DigestJob(NoticeStore notices, PreferenceStore preferences, MailRecipients recipients, MailOutbox outbox,
              UnsubscribeTokens tokens, MailSettings settings, LockProvider lockProvider,
              PlatformTransactionManager transactionManager, Clock clock,
              @Value("${kopgroep.mail.lock-at-least:PT5M}") Duration lockAtLeast) {
        this.notices = notices;
        this.preferences = preferences;
        this.recipients = recipients;
        this.outbox = outbox;
        this.tokens = tokens;
        this.settings = settings;
        this.lock = new InstallationLock(lockProvider, LOCK, Duration.ofMinutes(30), lockAtLeast);
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** One digest round for today; returns the digests written to the outbox (0 when another node runs it). */
    public int run() {
        return run(LocalDate.now(clock));
    }

    /** One digest round as on this day (its weekday decides whether weekly topics go). */
    public int run(LocalDate today) {
        return lock.runOnce(() -> work(today)).orElse(0);
    }

    private int work(LocalDate today) {
        boolean weekly = today.getDayOfWeek() == settings.weeklyDigestDay();
        List<UserId> people = transactions.execute(status -> notices.lockRecipientsWaiting(MAX_PEOPLE));
        int sent = 0;
        for (UserId person : people == null ? List.<UserId>of() : people) {
            try {
                Boolean written = transactions.execute(status -> digestFor(person, weekly));
                sent += Boolean.TRUE.equals(written) ? 1 : 0;
            } catch (RuntimeException e) {
                // One person's digest failing keeps nobody else's back; theirs waits for the next run.
                log.error("Mail digest for user {} failed", person.value(), e);
            }
        }
        log.info("Mail digest: {} written", sent);
        return sent;
    }

    /** In one transaction: the person's due notices locked, their digest written, the notices marked delivered. */
    private boolean digestFor(UserId person, boolean weeklyDay) {
        List<NoticeStore.Waiting> waiting = notices.lockWaiting(person);
        if (waiting.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        Optional<MailRecipient> found = recipients.find(person);
        if (found.isEmpty() || !found.get().active()) {
            notices.delivered(waiting.stream().map(NoticeStore.Waiting::id).toList(), now);
            return false;
        }
        MailRecipient to = found.get();
        Map<MailTopic, MailFrequency> chosen = preferences.all(person);
        Map<MailTopic, List<NoticeStore.Waiting>> due = new EnumMap<>(MailTopic.class);
        List<Long> done = new ArrayList<>();
        for (NoticeStore.Waiting notice : waiting) {
            MailFrequency frequency = chosen.getOrDefault(notice.topic(), notice.topic().defaultFrequency());
            if (frequency == MailFrequency.NONE) {
                done.add(notice.id());
            } else if (frequency != MailFrequency.WEEKLY || weeklyDay) {
                // DAILY, WEEKLY on its day, and IMMEDIATE chosen after the notice was kept: all go now.
                due.computeIfAbsent(notice.topic(), topic -> new ArrayList<>()).add(notice);
                done.add(notice.id());
            }
        }
        boolean written = !due.isEmpty() && outbox.sendDigest(to, new LinkedHashSet<>(due.keySet()), content(to, due));
        notices.delivered(done, now);
        return written;
    }

    private MailContent content(MailRecipient to, Map<MailTopic, List<NoticeStore.Waiting>> due) {
        MailContent.Builder content = MailContent.subject("mail.digest.subject").paragraph("mail.digest.intro");
        for (Map.Entry<MailTopic, List<NoticeStore.Waiting>> section : due.entrySet()) {
            MailTopic topic = section.getKey();
            content.heading(topic.labelKey());
            List<MailContent.Item> lines = new ArrayList<>();
            List<NoticeStore.Waiting> all = section.getValue();
            for (NoticeStore.Waiting waiting : all.subList(0, Math.min(all.size(), MAX_LINES_PER_TOPIC))) {
                Notice notice = waiting.notice();
                lines.add(MailContent.item(notice.linkPath(), notice.lineKey(), notice.arguments()));
            }
            if (all.size() > MAX_LINES_PER_TOPIC) {
                lines.add(MailContent.item(null, "mail.digest.more", all.size() - MAX_LINES_PER_TOPIC));
            }
            content.items(lines);
            if (topic.optional()) {
                content.items(List.of(MailContent.item("/" + MailLinks.UNSUBSCRIBE_PAGE + "/" + tokens.tokenFor(to.id(), topic),
                        "mail.digest.unsubscribe", Messages.text(topic.labelKey(), to.locale()))));
            }
        }
        return content.action("mail.action.open", "/").reason("mail.reason.digest").build();
    }
}
