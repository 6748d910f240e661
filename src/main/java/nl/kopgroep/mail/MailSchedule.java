package nl.kopgroep.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.SimpleTriggerContext;

/**
 * A daily moment as a trigger in the installation's time zone: Spring's {@link CronTrigger} built from the setting
 * with the zone, so 07:30 in Europe/Amsterdam is 07:30 on the wall clock in winter and summer time alike. One
 * repair: a cron expression never matches a time that does not exist (02:30 on the night summer time starts), so
 * that day would have no run; then the run is at the moment the clock jumps to (03:30). And a time in the hour
 * that repeats when summer time ends runs at its first occurrence only. Either way: once a day.
 */
final class MailSchedule {

    private MailSchedule() {
    }

    static Trigger daily(LocalTime time, ZoneId zone) {
        return new Daily(time, zone, new CronTrigger(cron(time), zone));
    }

    static String cron(LocalTime time) {
        return time.getSecond() + " " + time.getMinute() + " " + time.getHour() + " * * *";
    }

    private record Daily(LocalTime time, ZoneId zone, CronTrigger cron) implements Trigger {

        @Override
        public @Nullable Instant nextExecution(TriggerContext context) {
            Instant byCron = cron.nextExecution(context);
            Instant last = context.lastCompletion() != null ? context.lastCompletion() : context.getClock().instant();
            LocalDate day = LocalDate.ofInstant(last, zone);
            if (byCron != null && LocalDate.ofInstant(byCron, zone).equals(day)
                    && !last.atZone(zone).toLocalTime().isBefore(time)) {
                // The hour that repeats when summer time ends: the day had its run already.
                byCron = cron.nextExecution(new SimpleTriggerContext(byCron, byCron, byCron));
            }
            for (int i = 0; i <= 1; i++) {
                // ZonedDateTime.of moves a time in a gap forward by the gap's length, and takes the earlier of two.
                Instant candidate = ZonedDateTime.of(day.plusDays(i), time, zone).toInstant();
                if (candidate.isAfter(last) && (byCron == null || candidate.isBefore(byCron))) {
                    return candidate;
                }
            }
            return byCron;
        }

        @Override
        public String toString() {
            return "daily at " + time + " " + zone + " (" + cron.getExpression() + ")";
        }
    }
}
