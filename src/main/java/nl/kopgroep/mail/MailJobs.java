package nl.kopgroep.mail;

import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.Trigger;
import org.springframework.stereotype.Component;

/**
 * When the daily mail work runs, built from the settings (README "E-mail"): the reminders at
 * {@code kopgroep.mail.reminder-time} (default half an hour before the digest), the digest at
 * {@code kopgroep.mail.digest-time}, both in {@code kopgroep.time-zone}, so 07:30 stays 07:30 across the changes
 * to and from summer time. {@code kopgroep.mail.schedule=false} (the tests) registers nothing: tests call
 * {@link ReminderJob#run()} and {@link DigestJob#run()} themselves.
 */
@Component
class MailJobs implements SchedulingConfigurer {

    private final ReminderJob reminders;
    private final DigestJob digest;
    private final boolean enabled;
    private final LocalTime digestTime;
    private final LocalTime reminderTime;
    private final ZoneId zone;

    MailJobs(ReminderJob reminders, DigestJob digest, MailSettings settings,
             @Value("${kopgroep.mail.schedule:true}") boolean enabled,
             @Value("${kopgroep.mail.reminder-time:}") @Nullable String reminderTime,
             @Value("${kopgroep.time-zone:Europe/Amsterdam}") ZoneId zone) {
        this.reminders = reminders;
        this.digest = digest;
        this.enabled = enabled;
        this.digestTime = settings.digestTime();
        this.reminderTime = reminderTime == null || reminderTime.isBlank()
                ? settings.digestTime().minusMinutes(30) : LocalTime.parse(reminderTime.strip());
        this.zone = zone;
    }

    Trigger digestTrigger() {
        return MailSchedule.daily(digestTime, zone);
    }

    Trigger reminderTrigger() {
        return MailSchedule.daily(reminderTime, zone);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!enabled) {
            return;
        }
        registrar.addTriggerTask(reminders::run, reminderTrigger());
        registrar.addTriggerTask(digest::run, digestTrigger());
    }
}
