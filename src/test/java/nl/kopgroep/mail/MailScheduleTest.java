package nl.kopgroep.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.support.SimpleTriggerContext;

/** The digest at 07:30 in Europe/Amsterdam stays 07:30 on the wall clock across the changes to and from summer time. */
class MailScheduleTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void theCronIsBuiltFromTheSetting() {
        assertThat(MailSchedule.cron(LocalTime.of(7, 30))).isEqualTo("0 30 7 * * *");
        assertThat(MailSchedule.cron(LocalTime.of(18, 5, 9))).isEqualTo("9 5 18 * * *");
    }

    @Test
    void sevenThirtyIsSevenThirtyInWinterAndSummerTime() {
        Trigger digest = MailSchedule.daily(LocalTime.of(7, 30), AMSTERDAM);
        // March 2026: summer time from Sunday 29 March 02:00 (UTC+1 → UTC+2).
        assertThat(next(digest, "2026-03-28T06:30:00Z")).isEqualTo("2026-03-29T05:30:00Z");
        assertThat(next(digest, "2026-03-27T06:30:00Z")).isEqualTo("2026-03-28T06:30:00Z");
        // October 2026: winter time from Sunday 25 October 03:00 (UTC+2 → UTC+1).
        assertThat(next(digest, "2026-10-24T05:30:00Z")).isEqualTo("2026-10-25T06:30:00Z");
        assertThat(next(digest, "2026-10-25T06:30:00Z")).isEqualTo("2026-10-26T06:30:00Z");
        // 2027: 28 March and 31 October.
        assertThat(next(digest, "2027-03-27T06:30:00Z")).isEqualTo("2027-03-28T05:30:00Z");
        assertThat(next(digest, "2027-10-30T05:30:00Z")).isEqualTo("2027-10-31T06:30:00Z");
    }

    @Test
    void aTimeInTheSkippedOrRepeatedHourRunsOnceThatDay() {
        Trigger early = MailSchedule.daily(LocalTime.of(2, 30), AMSTERDAM);
        // 29 March 2026 has no 02:30: the run moves to the next existing moment (03:30 summer time), once.
        Instant spring = next(early, "2026-03-28T01:30:00Z");
        assertThat(spring).isEqualTo("2026-03-29T01:30:00Z");
        assertThat(next(early, spring.toString())).isEqualTo("2026-03-30T00:30:00Z");
        // 25 October 2026 has 02:30 twice: one run.
        Instant autumn = next(early, "2026-10-24T00:30:00Z");
        assertThat(autumn).isEqualTo("2026-10-25T00:30:00Z");
        assertThat(next(early, autumn.toString())).isEqualTo("2026-10-26T01:30:00Z");
    }

    @Test
    void remindersRunBeforeTheDigestByDefault() {
        MailSettings settings = new MailSettings(null, "a@b", "K", LocalTime.of(7, 30), java.time.DayOfWeek.MONDAY, 5, 25, 10,
                java.time.Duration.ofMinutes(1), java.time.Duration.ofHours(6), java.time.Duration.ofDays(30));
        MailJobs jobs = new MailJobs(null, null, settings, false, "", AMSTERDAM);
        assertThat(next(jobs.reminderTrigger(), "2026-12-01T12:00:00Z")).isEqualTo("2026-12-02T06:00:00Z");
        assertThat(next(jobs.digestTrigger(), "2026-12-01T12:00:00Z")).isEqualTo("2026-12-02T06:30:00Z");
        MailJobs configured = new MailJobs(null, null, settings, false, "05:15", AMSTERDAM);
        assertThat(next(configured.reminderTrigger(), "2026-07-01T12:00:00Z")).isEqualTo("2026-07-02T03:15:00Z");
    }

    private static Instant next(Trigger trigger, String after) {
        Instant last = Instant.parse(after);
        return trigger.nextExecution(new SimpleTriggerContext(last, last, last));
    }
}
