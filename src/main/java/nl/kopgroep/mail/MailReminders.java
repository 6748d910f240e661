package nl.kopgroep.mail;

import java.time.LocalDate;

/**
 * A feature's scheduled reminders (check-ins due, a module that opens, an entry that has waited too long …):
 * implemented by the feature that owns the facts, run once per installation by {@link ReminderJob} before the
 * digest, each in a transaction of its own. An implementation notes through {@link MailNotices} with a once-only
 * key per period ({@link Notice#once}), so a second run on the same day (another node, a restart) notes nothing
 * new.
 */
public interface MailReminders {

    /** Notes what is due on this day (in {@code kopgroep.time-zone}); returns how many notices were noted. */
    int remind(LocalDate today);
}
