package nl.kopgroep.notification;

import java.time.Clock;
import nl.kopgroep.base.UserId;
import nl.kopgroep.journal.EntryShared;
import nl.kopgroep.journal.EntryWithdrawn;
import nl.kopgroep.journal.FeedbackAdded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns journal events into notifications, in the same transaction: a coach hears of a newly shared
 * entry, a participant of new feedback, a coach of the participant's answer. A name and what it points
 * at, never a title (often the first words of a private text); gone when the entry is deleted or made private.
 */
@Component
class JournalNotifications {

    private final NotificationStore store;
    private final Clock clock;

    JournalNotifications(NotificationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    void entryShared(EntryShared event) {
        for (UserId coach : event.coaches()) {
            store.add(coach, NotificationKind.ENTRY_SHARED, event.authorName(),
                    NotificationTarget.coacheeEntry(event.entry()), clock.instant());
        }
    }

    @EventListener
    void entryWithdrawn(EntryWithdrawn event) {
        store.removeAbout(event.entry());
    }

    @EventListener
    void feedbackAdded(FeedbackAdded event) {
        NotificationKind kind = event.toAuthor() ? NotificationKind.FEEDBACK_RECEIVED : NotificationKind.ANSWER_RECEIVED;
        NotificationTarget target = event.toAuthor()
                ? NotificationTarget.ownEntry(event.entry()) : NotificationTarget.coacheeEntry(event.entry());
        for (UserId recipient : event.recipients()) {
            store.add(recipient, kind, event.writerName(), target, clock.instant());
        }
    }

    @EventListener
    void mapWithdrawn(nl.kopgroep.connections.MapWithdrawn event) {
        store.removeCoacheeMapItems(event.owner());
    }

    @EventListener
    void mapCommented(nl.kopgroep.connections.MapCommented event) {
        NotificationKind kind = event.toOwner() ? NotificationKind.MAP_COMMENT_RECEIVED : NotificationKind.MAP_ANSWER_RECEIVED;
        NotificationTarget target = event.toOwner()
                ? NotificationTarget.ownMap(event.owner()) : NotificationTarget.coacheeMap(event.owner());
        for (UserId recipient : event.recipients()) {
            store.add(recipient, kind, event.writerName(), target, clock.instant());
        }
    }

    @EventListener
    void peerAssistAsked(nl.kopgroep.knowledge.PeerAssistAsked event) {
        store.add(event.author(), NotificationKind.PEER_ASSIST_ASKED, event.requesterName(),
                NotificationTarget.peerAssist(event.request()), clock.instant());
    }

    @EventListener
    void peerAssistAnswered(nl.kopgroep.knowledge.PeerAssistAnswered event) {
        store.add(event.requester(), event.accepted() ? NotificationKind.PEER_ASSIST_ACCEPTED
                : NotificationKind.PEER_ASSIST_DECLINED, event.authorName(),
                NotificationTarget.peerAssist(event.request()), clock.instant());
    }

    @EventListener
    void roleModelRequested(nl.kopgroep.rolemodels.RoleModelRequested event) {
        for (UserId recipient : event.recipients()) {
            store.add(recipient, NotificationKind.ROLE_MODEL_REQUESTED, event.participantName(),
                    new NotificationTarget(NotificationTarget.Kind.ROLE_MODEL_REQUEST, event.request()), clock.instant());
        }
    }

    @EventListener
    void roleModelAnswered(nl.kopgroep.rolemodels.RoleModelAnswered event) {
        store.add(event.participant(), NotificationKind.ROLE_MODEL_ANSWERED, event.answererName(),
                new NotificationTarget(NotificationTarget.Kind.OWN_ROLE_MODEL_REQUEST, event.request()), clock.instant());
    }
}
