package nl.kopgroep.management;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.goals.GoalDirectory;
import nl.kopgroep.mail.MailNotices;
import nl.kopgroep.mail.MailRecipient;
import nl.kopgroep.mail.MailRecipients;
import nl.kopgroep.mail.MailReminders;
import nl.kopgroep.mail.MailTopic;
import nl.kopgroep.mail.Notice;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.security.Role;
import org.springframework.stereotype.Component;

/**
 * Management's reminders: in the first {@value #MONTHLY_NOTE_DAYS} days of a month, a note that the dashboard has
 * new check-ins from last month (only that: no figure, and only when at least five people checked in, DD009);
 * and {@value #PLANNING_AHEAD_DAYS} days before a planning-and-control moment's reference date, a reminder that it
 * is coming (once per moment and year). Both link to the dashboard.
 */
@Component
class ManagementMailReminders implements MailReminders {

    static final int MONTHLY_NOTE_DAYS = 3;
    static final int PLANNING_AHEAD_DAYS = 14;
    private static final List<PlanningMoment> MOMENTS =
            List.of(PlanningMoment.VOORJAARSNOTA, PlanningMoment.BESTUURSRAPPORTAGE, PlanningMoment.JAARREKENING);

    private final OrganisationDirectory organisation;
    private final GoalDirectory goals;
    private final MailNotices notices;
    private final MailRecipients recipients;
    private final Clock clock;

    ManagementMailReminders(OrganisationDirectory organisation, GoalDirectory goals, MailNotices notices,
                            MailRecipients recipients, Clock clock) {
        this.organisation = organisation;
        this.goals = goals;
        this.notices = notices;
        this.recipients = recipients;
        this.clock = clock;
    }

    @Override
    public int remind(LocalDate today) {
        Map<OrganisationId, List<UserId>> managers = organisation.activeWithRole(Role.MANAGER);
        if (managers.isEmpty()) {
            return 0;
        }
        Map<UserId, MailRecipient> people = recipients.findAll(managers.values().stream().flatMap(List::stream).toList())
                .stream().filter(r -> MailTopic.DASHBOARD_UPDATE.concerns(r.roles()))
                .collect(Collectors.toMap(MailRecipient::id, Function.identity()));
        int noted = 0;
        if (today.getDayOfMonth() <= MONTHLY_NOTE_DAYS) {
            YearMonth last = YearMonth.from(today).minusMonths(1);
            ZoneId zone = clock.getZone();
            Set<OrganisationId> news = goals.withNewWorkCheckIns(last.atDay(1).atStartOfDay(zone).toInstant(),
                    today.withDayOfMonth(1).atStartOfDay(zone).toInstant());
            for (OrganisationId municipality : news) {
                for (UserId manager : managers.getOrDefault(municipality, List.of())) {
                    MailRecipient to = people.get(manager);
                    if (to != null) {
                        noted += notices.note(to, MailTopic.DASHBOARD_UPDATE, Notice.of("mail.notice.dashboardUpdate",
                                ManagementNavigation.dashboardPath()).once("dashboard:" + last)) ? 1 : 0;
                    }
                }
            }
        }
        for (PlanningMoment moment : MOMENTS) {
            LocalDate reference = moment.to(today.getYear(), today);
            if (today.isBefore(reference.minusDays(PLANNING_AHEAD_DAYS)) || today.isAfter(reference)) {
                continue;
            }
            for (MailRecipient to : people.values()) {
                String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(to.locale()).format(reference);
                noted += notices.note(to, MailTopic.PLANNING_MOMENTS, Notice.of(
                                "mail.notice.planning." + moment.name().toLowerCase(Locale.ROOT), ManagementNavigation.dashboardPath(), date)
                        .once("planning:" + moment.name() + ":" + reference.getYear())) ? 1 : 0;
            }
        }
        return noted;
    }
}
