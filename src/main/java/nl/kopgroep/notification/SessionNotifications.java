package nl.kopgroep.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kopgroep.base.UserId;
import nl.kopgroep.mail.MailNotices;
import nl.kopgroep.mail.MailRecipient;
import nl.kopgroep.mail.MailRecipients;
import nl.kopgroep.mail.MailTopic;
import nl.kopgroep.mail.Notice;
import nl.kopgroep.sessions.SessionEvent;
import nl.kopgroep.sessions.SessionsNavigation;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the sessions' events into a bell item and a line in the mail digest (topic {@link MailTopic#SESSIONS}), in
 * the transaction of the change: changed, cancelled, moved up from the waiting list, a colleague's team invitation,
 * a harvest added. The session's title is named: it is no private text.
 */
@Component
class SessionNotifications {

    private final NotificationStore store;
    private final MailNotices notices;
    private final MailRecipients recipients;
    private final Clock clock;

    SessionNotifications(NotificationStore store, MailNotices notices, MailRecipients recipients, Clock clock) {
        this.store = store;
        this.notices = notices;
        this.recipients = recipients;
        this.clock = clock;
    }

    @EventListener
    void sessionEvent(SessionEvent event) {
        NotificationKind kind = switch (event.type()) {
            case CHANGED -> NotificationKind.SESSION_CHANGED;
            case CANCELLED -> NotificationKind.SESSION_CANCELLED;
            case MOVED_UP -> NotificationKind.SESSION_MOVED_UP;
            case TEAM_INVITATION -> NotificationKind.SESSION_TEAM_INVITATION;
            case HARVEST_ADDED -> NotificationKind.SESSION_HARVEST_ADDED;
        };
        for (UserId recipient : event.recipients()) {
            store.add(recipient, kind, event.title(), NotificationTarget.session(event.session().value()), clock.instant());
        }
        Notice notice = Notice.of("mail.notice." + kind.name().toLowerCase(java.util.Locale.ROOT),
                SessionsNavigation.sessionPath(event.session().value()), event.title());
        note(event.recipients(), notice);
    }

    private void note(List<UserId> people, Notice notice) {
        Map<UserId, MailRecipient> found = recipients.findAll(people).stream()
                .collect(Collectors.toMap(MailRecipient::id, Function.identity()));
        for (UserId person : people) {
            MailRecipient to = found.get(person);
            if (to != null) {
                notices.note(to, MailTopic.SESSIONS, notice);
            }
        }
    }
}
