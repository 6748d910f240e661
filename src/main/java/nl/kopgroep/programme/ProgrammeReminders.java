package nl.kopgroep.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.mail.MailNotices;
import nl.kopgroep.mail.MailRecipient;
import nl.kopgroep.mail.MailRecipients;
import nl.kopgroep.mail.MailReminders;
import nl.kopgroep.mail.MailTopic;
import nl.kopgroep.mail.Notice;
import nl.kopgroep.organisation.OrganisationDirectory;
import org.springframework.stereotype.Component;

/**
 * The participant's programme reminders, by the cohort's schedule (shifted windows included): a module that opens
 * within {@value #OPENS_AHEAD_DAYS} days (once per cohort and module), and lessons behind schedule: a module open
 * for {@value #BEHIND_AFTER_DAYS} days or more, or overdue, with lessons not done (once per module and month).
 * Module titles and counts only: programme content, nothing a person wrote.
 */
@Component
class ProgrammeReminders implements MailReminders {

    static final int OPENS_AHEAD_DAYS = 7;
    static final int BEHIND_AFTER_DAYS = 21;
    /** Overdue modules older than this are left to the programme page and the coach. */
    static final int BEHIND_UNTIL_DAYS_AFTER_CLOSE = 60;

    private final OrganisationDirectory organisation;
    private final ProgrammeModuleRepository modules;
    private final LessonRepository lessons;
    private final LessonProgressRepository progress;
    private final CohortModuleWindowRepository windows;
    private final MailNotices notices;
    private final MailRecipients recipients;
    private final Clock clock;

    ProgrammeReminders(OrganisationDirectory organisation, ProgrammeModuleRepository modules, LessonRepository lessons,
                       LessonProgressRepository progress, CohortModuleWindowRepository windows, MailNotices notices,
                       MailRecipients recipients, Clock clock) {
        this.organisation = organisation;
        this.modules = modules;
        this.lessons = lessons;
        this.progress = progress;
        this.windows = windows;
        this.notices = notices;
        this.recipients = recipients;
        this.clock = clock;
    }

    @Override
    public int remind(LocalDate today) {
        List<OrganisationDirectory.CohortStart> cohorts = organisation.cohortStarts();
        List<ProgrammeModule> live = modules.findByRetiredFalseOrderByPositionAsc();
        if (cohorts.isEmpty() || live.isEmpty()) {
            return 0;
        }
        Map<Long, Set<Long>> lessonsByModule = lessons.findByRetiredFalse().stream()
                .collect(Collectors.groupingBy(Lesson::moduleId, Collectors.mapping(Lesson::id, Collectors.toSet())));
        Map<Long, Map<Long, int[]>> shifted = windows.findByCohortIdIn(cohorts.stream().map(c -> c.id().value()).toList())
                .stream().collect(Collectors.groupingBy(CohortModuleWindow::cohortId, Collectors.toMap(
                        CohortModuleWindow::moduleId, w -> new int[] {w.windowFrom(), w.windowTo()})));
        Map<CohortId, List<UserId>> participants = organisation.activeParticipants(
                cohorts.stream().map(OrganisationDirectory.CohortStart::id).toList());
        List<UserId> everyone = participants.values().stream().flatMap(List::stream).distinct().toList();
        if (everyone.isEmpty()) {
            return 0;
        }
        Map<UserId, MailRecipient> people = recipients.findAll(everyone).stream()
                .filter(r -> MailTopic.MODULE_OPENS.concerns(r.roles()))
                .collect(Collectors.toMap(MailRecipient::id, Function.identity()));
        Map<Long, Set<Long>> done = progress.findByUserIdIn(everyone.stream().map(UserId::value).toList()).stream()
                .collect(Collectors.groupingBy(LessonProgress::userId, Collectors.mapping(LessonProgress::lessonId,
                        Collectors.toSet())));
        int noted = 0;
        for (OrganisationDirectory.CohortStart cohort : cohorts) {
            Map<Long, int[]> cohortWindows = shifted.getOrDefault(cohort.id().value(), Map.of());
            for (ProgrammeModule module : live) {
                int[] window = cohortWindows.getOrDefault(module.id(), new int[] {module.windowFrom(), module.windowTo()});
                LocalDate opens = Schedule.opens(cohort.startDate(), window[0]);
                LocalDate closes = Schedule.closes(cohort.startDate(), window[1]);
                Set<Long> moduleLessons = lessonsByModule.getOrDefault(module.id(), Set.of());
                boolean opensSoon = !opens.isBefore(today) && !opens.isAfter(today.plusDays(OPENS_AHEAD_DAYS));
                boolean behindWindow = !today.isBefore(opens.plusDays(BEHIND_AFTER_DAYS))
                        && !today.isAfter(closes.plusDays(BEHIND_UNTIL_DAYS_AFTER_CLOSE));
                for (UserId participant : participants.getOrDefault(cohort.id(), List.of())) {
                    MailRecipient to = people.get(participant);
                    if (to == null) {
                        continue;
                    }
                    if (opensSoon) {
                        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(to.locale()).format(opens);
                        noted += notices.note(to, MailTopic.MODULE_OPENS, Notice.of("mail.notice.moduleOpens",
                                        ProgrammeNavigation.modulePath(module.key()), title(module), date)
                                .once("module-opens:cohort-" + cohort.id().value() + ":" + module.key())) ? 1 : 0;
                    }
                    if (behindWindow && !moduleLessons.isEmpty()) {
                        Set<Long> mine = done.getOrDefault(participant.value(), Set.of());
                        List<Long> open = new ArrayList<>(moduleLessons);
                        open.removeIf(mine::contains);
                        if (!open.isEmpty()) {
                            noted += notices.note(to, MailTopic.LESSONS_BEHIND, Notice.of("mail.notice.lessonsBehind",
                                            ProgrammeNavigation.modulePath(module.key()), title(module), String.valueOf(open.size()))
                                    .once("lessons-behind:" + module.key() + ":" + today.getYear() + "-" + today.getMonthValue()))
                                    ? 1 : 0;
                        }
                    }
                }
            }
        }
        return noted;
    }

    /** A notice's argument holds at most 200 characters. */
    private static String title(ProgrammeModule module) {
        return module.title().length() <= 200 ? module.title() : module.title().substring(0, 199) + "…";
    }
}
