package nl.kopgroep.scan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kopgroep.base.UserId;
import nl.kopgroep.mail.MailNotices;
import nl.kopgroep.mail.MailRecipient;
import nl.kopgroep.mail.MailRecipients;
import nl.kopgroep.mail.MailReminders;
import nl.kopgroep.mail.MailTopic;
import nl.kopgroep.mail.Notice;
import nl.kopgroep.organisation.OrganisationDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A week before a round's due date, each active participant of the cohort who has not submitted their scan yet gets
 * one line (topic EVALUATION_DUE: the scan is the half-yearly evaluation of one's competencies), once per round. The
 * line names the round and the date, never a score.
 */
@Component
class ScanReminders implements MailReminders {

    static final int DAYS_BEFORE_DUE = 7;

    private final JdbcClient jdbc;
    private final OrganisationDirectory directory;
    private final MailNotices notices;
    private final MailRecipients recipients;

    ScanReminders(JdbcClient jdbc, OrganisationDirectory directory, MailNotices notices, MailRecipients recipients) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.notices = notices;
        this.recipients = recipients;
    }

    @Override
    public int remind(LocalDate today) {
        Map<nl.kopgroep.base.CohortId, Integer> dueRounds = new HashMap<>();
        for (OrganisationDirectory.CohortStart cohort : directory.cohortStarts()) {
            for (int round = 0; round < ScanSchedule.ROUNDS; round++) {
                LocalDate due = ScanSchedule.dueOn(cohort.startDate(), round);
                if (!today.isBefore(due.minusDays(DAYS_BEFORE_DUE)) && !today.isAfter(due)) {
                    dueRounds.put(cohort.id(), round);
                }
            }
        }
        if (dueRounds.isEmpty()) {
            return 0;
        }
        Map<nl.kopgroep.base.CohortId, List<UserId>> participants = directory.activeParticipants(dueRounds.keySet());
        List<UserId> everyone = participants.values().stream().flatMap(List::stream).distinct().toList();
        if (everyone.isEmpty()) {
            return 0;
        }
        Set<String> submitted = jdbc.sql("""
                        SELECT participant_id, cohort_id, round FROM competency_scan
                        WHERE participant_submitted_at IS NOT NULL AND participant_id IN (:ids)""")
                .param("ids", everyone.stream().map(UserId::value).toList())
                .query((rs, row) -> rs.getLong(1) + "#" + rs.getLong(2) + "#" + rs.getInt(3)).set();
        Map<UserId, MailRecipient> to = recipients.findAll(everyone).stream()
                .filter(r -> MailTopic.EVALUATION_DUE.concerns(r.roles()))
                .collect(Collectors.toMap(MailRecipient::id, Function.identity()));
        int noted = 0;
        for (var entry : participants.entrySet()) {
            int round = dueRounds.get(entry.getKey());
            for (UserId participant : entry.getValue()) {
                MailRecipient recipient = to.get(participant);
                if (recipient == null || submitted.contains(participant.value() + "#" + entry.getKey().value() + "#" + round)) {
                    continue;
                }
                noted += notices.note(recipient, MailTopic.EVALUATION_DUE, Notice.of("mail.notice.scanDue",
                        ScanNavigation.roundPath(round), String.valueOf(round))
                        .once("scan:" + entry.getKey().value() + ":" + round)) ? 1 : 0;
            }
        }
        return noted;
    }
}
