package nl.kopgroep.mail;

import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.scheduling.support.CronTrigger;

/**
 * A daily moment as a cron trigger in the installation's time zone: 07:30 in Europe/Amsterdam is 07:30 on the
 * wall clock in winter and in summer time alike (Spring's {@link CronTrigger} with the zone).
 */
final class MailSchedule {

    private MailSchedule() {
    }

    static CronTrigger daily(LocalTime time, ZoneId zone) {
        return new CronTrigger(cron(time), zone);
    }

    static String cron(LocalTime time) {
        return time.getSecond() + " " + time.getMinute() + " " + time.getHour() + " * * *";
    }
}
