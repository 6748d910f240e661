package nl.kopgroep.goals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.UserId;
import nl.kopgroep.mail.MailNotices;
import nl.kopgroep.mail.MailRecipient;
import nl.kopgroep.mail.MailRecipients;
import nl.kopgroep.mail.MailReminders;
import nl.kopgroep.mail.MailTopic;
import nl.kopgroep.mail.Notice;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The participant's goal reminders, once per period each: a monthly check-in that is due (no check-in for
 * {@value GoalService#CHECK_IN_DAYS} days, counted from the last one or the goal's creation; key per missed cycle),
 * and the half-yearly evaluation (every six months after the goal was made, unless it was adjusted in that half
 * year; key per half year). The line says only that something is due, never a goal's title, and links to the
 * goals page.
 */
@Component
class GoalReminders implements MailReminders {

    private record GoalDates(long goal, UserId owner, Instant created, @Nullable Instant lastCheckIn,
                             @Nullable Instant lastAdjustment) {
    }

    private final JdbcClient jdbc;
    private final MailNotices notices;
    private final MailRecipients recipients;
    private final Clock clock;

    GoalReminders(JdbcClient jdbc, MailNotices notices, MailRecipients recipients, Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.recipients = recipients;
        this.clock = clock;
    }

    @Override
    public int remind(LocalDate today) {
        List<GoalDates> goals = jdbc.sql("""
                        SELECT g.id, g.owner_id, g.created_at,
                            (SELECT MAX(c.created_at) FROM check_in c WHERE c.goal_id = g.id),
                            (SELECT MAX(a.adjusted_at) FROM goal_adjustment a WHERE a.goal_id = g.id)
                        FROM goal g ORDER BY g.id""")
                .query((rs, row) -> new GoalDates(rs.getLong(1), new UserId(rs.getLong(2)), DbTime.instant(rs, 3),
                        rs.getObject(4) == null ? null : DbTime.instant(rs, 4),
                        rs.getObject(5) == null ? null : DbTime.instant(rs, 5)))
                .list();
        if (goals.isEmpty()) {
            return 0;
        }
        Map<UserId, MailRecipient> owners = recipients.findAll(goals.stream().map(GoalDates::owner).distinct().toList())
                .stream().filter(r -> MailTopic.CHECK_IN_DUE.concerns(r.roles()))
                .collect(Collectors.toMap(MailRecipient::id, Function.identity()));
        ZoneId zone = clock.getZone();
        int noted = 0;
        for (GoalDates goal : goals) {
            MailRecipient to = owners.get(goal.owner());
            if (to == null) {
                continue;
            }
            Instant since = goal.lastCheckIn() != null ? goal.lastCheckIn() : goal.created();
            long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(since, zone), today);
            if (days >= GoalService.CHECK_IN_DAYS) {
                long cycle = days / GoalService.CHECK_IN_DAYS;
                String key = "check-in:goal-" + goal.goal() + ":" + LocalDate.ofInstant(since, zone) + ":" + cycle;
                noted += notices.note(to, MailTopic.CHECK_IN_DUE, Notice.of("mail.notice.checkInDue", GoalsNavigation.goalsPath())
                        .about("GOAL", goal.goal()).once(key)) ? 1 : 0;
            }
            LocalDate created = LocalDate.ofInstant(goal.created(), zone);
            long halfYears = ChronoUnit.MONTHS.between(created, today) / 6;
            if (halfYears >= 1) {
                LocalDate periodStart = created.plusMonths(6 * halfYears);
                boolean adjusted = goal.lastAdjustment() != null
                        && !LocalDate.ofInstant(goal.lastAdjustment(), zone).isBefore(periodStart.minusMonths(1));
                if (!adjusted) {
                    noted += notices.note(to, MailTopic.EVALUATION_DUE, Notice.of("mail.notice.evaluationDue",
                            GoalsNavigation.goalsPath()).about("GOAL", goal.goal())
                            .once("evaluation:goal-" + goal.goal() + ":" + halfYears)) ? 1 : 0;
                }
            }
        }
        return noted;
    }
}
