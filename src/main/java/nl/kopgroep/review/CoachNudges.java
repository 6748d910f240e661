package nl.kopgroep.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kopgroep.base.UserId;
import nl.kopgroep.journal.JournalDirectory;
import nl.kopgroep.mail.MailNotices;
import nl.kopgroep.mail.MailRecipient;
import nl.kopgroep.mail.MailRecipients;
import nl.kopgroep.mail.MailReminders;
import nl.kopgroep.mail.MailSettings;
import nl.kopgroep.mail.MailTopic;
import nl.kopgroep.mail.Notice;
import nl.kopgroep.organisation.OrganisationDirectory;
import org.springframework.stereotype.Component;

/**
 * The coach's nudge: an entry shared with a coach that has waited more than {@code kopgroep.mail.nudge-after-days}
 * without that coach's reaction (a review mark or a message under it) is noted once per entry and coach. Entries
 * that wait longer than {@value #LOOK_BACK_DAYS} days are left alone: the queue shows them, a late nudge helps no one.
 * The line names the author and the days, never the entry's title.
 */
@Component
class CoachNudges implements MailReminders {

    static final int LOOK_BACK_DAYS = 60;

    private final JournalDirectory journal;
    private final OrganisationDirectory organisation;
    private final ReviewMarkRepository marks;
    private final MailNotices notices;
    private final MailRecipients recipients;
    private final MailSettings settings;
    private final Clock clock;

    CoachNudges(JournalDirectory journal, OrganisationDirectory organisation, ReviewMarkRepository marks, MailNotices notices,
                MailRecipients recipients, MailSettings settings, Clock clock) {
        this.journal = journal;
        this.organisation = organisation;
        this.marks = marks;
        this.notices = notices;
        this.recipients = recipients;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public int remind(LocalDate today) {
        Instant startOfToday = today.atStartOfDay(clock.getZone()).toInstant();
        Instant waitedLongEnough = startOfToday.minus(Duration.ofDays(settings.nudgeAfterDays()));
        List<JournalDirectory.SharedEntry> waiting = journal.sharedBetween(
                startOfToday.minus(Duration.ofDays(LOOK_BACK_DAYS)), waitedLongEnough);
        if (waiting.isEmpty()) {
            return 0;
        }
        Set<String> reacted = new HashSet<>();
        marks.findByReflectionIdIn(waiting.stream().map(e -> e.entry().value()).toList())
                .forEach(mark -> reacted.add(mark.reflectionId() + ":" + mark.coachId()));
        journal.answeredByOthers().forEach(answer -> reacted.add(answer.entry().value() + ":" + answer.writer().value()));
        Set<UserId> authors = waiting.stream().map(JournalDirectory.SharedEntry::author).collect(Collectors.toSet());
        Map<UserId, List<UserId>> coaches = organisation.coachesOf(authors);
        Map<UserId, String> names = organisation.displayNames(authors);
        Map<UserId, MailRecipient> people = recipients.findAll(coaches.values().stream().flatMap(List::stream).distinct().toList())
                .stream().collect(Collectors.toMap(MailRecipient::id, Function.identity()));
        int noted = 0;
        for (JournalDirectory.SharedEntry entry : waiting) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.ofInstant(entry.since(), clock.getZone()), today);
            for (UserId coach : coaches.getOrDefault(entry.author(), List.of())) {
                MailRecipient to = people.get(coach);
                if (to == null || reacted.contains(entry.entry().value() + ":" + coach.value())) {
                    continue;
                }
                Notice notice = Notice.of("mail.notice.nudge", ReviewNavigation.entryPath(entry.entry()),
                                names.getOrDefault(entry.author(), ""), String.valueOf(days))
                        .about("ENTRY", entry.entry().value()).once("nudge:entry-" + entry.entry().value());
                noted += notices.note(to, MailTopic.REFLECTIONS_WAITING, notice) ? 1 : 0;
            }
        }
        return noted;
    }
}
