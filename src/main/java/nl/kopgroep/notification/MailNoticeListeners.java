package nl.kopgroep.notification;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kopgroep.base.UserId;
import nl.kopgroep.goals.GoalCommented;
import nl.kopgroep.goals.GoalsNavigation;
import nl.kopgroep.journal.EntryShared;
import nl.kopgroep.journal.EntryWithdrawn;
import nl.kopgroep.journal.FeedbackAdded;
import nl.kopgroep.journal.JournalNavigation;
import nl.kopgroep.mail.MailNotices;
import nl.kopgroep.mail.MailRecipient;
import nl.kopgroep.mail.MailRecipients;
import nl.kopgroep.mail.MailTopic;
import nl.kopgroep.mail.Notice;
import nl.kopgroep.review.ReviewNavigation;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns journal and goal events into mail notices, in the transaction of the event (a rolled-back share sends
 * nothing): a coach hears that a coachee shared an entry or answered, a participant that a coach gave feedback
 * or commented on a goal. Each notice names the person who acted and links to the page; never a title, a text or
 * evidence. An entry that is deleted or made private takes its waiting notices with it.
 */
@Component
class MailNoticeListeners {

    /** What the entry notices are about, for {@link MailNotices#withdraw}. */
    static final String ENTRY = "ENTRY";
    static final String GOAL = "GOAL";
    /** The coaches' notices about a participant's map (id: the owner), withdrawn when the map is made private. */
    static final String COACHEE_MAP = "COACHEE_MAP";

    private final MailNotices notices;
    private final MailRecipients recipients;

    MailNoticeListeners(MailNotices notices, MailRecipients recipients) {
        this.notices = notices;
        this.recipients = recipients;
    }

    @EventListener
    void entryShared(EntryShared event) {
        Notice notice = Notice.of("mail.notice.shared", ReviewNavigation.entryPath(event.entry()), event.authorName())
                .about(ENTRY, event.entry().value());
        note(event.coaches(), MailTopic.REFLECTIONS_WAITING, notice);
    }

    @EventListener
    void feedbackAdded(FeedbackAdded event) {
        Notice notice = event.toAuthor()
                ? Notice.of("mail.notice.feedback", JournalNavigation.entryPath(event.entry()), event.writerName())
                : Notice.of("mail.notice.answer", ReviewNavigation.entryPath(event.entry()), event.writerName());
        note(event.recipients(), event.toAuthor() ? MailTopic.FEEDBACK : MailTopic.REFLECTIONS_WAITING,
                notice.about(ENTRY, event.entry().value()));
    }

    @EventListener
    void goalCommented(GoalCommented event) {
        if (event.byOwner()) {
            return;
        }
        note(List.of(event.owner()), MailTopic.FEEDBACK,
                Notice.of("mail.notice.goalComment", GoalsNavigation.goalsPath(), event.writerName()).about(GOAL, event.goal()));
    }

    @EventListener
    void mapCommented(nl.kopgroep.connections.MapCommented event) {
        Notice notice = event.toOwner()
                ? Notice.of("mail.notice.mapComment", nl.kopgroep.connections.ConnectionsNavigation.mapPath(), event.writerName())
                : Notice.of("mail.notice.mapAnswer", nl.kopgroep.connections.ConnectionsNavigation.coacheePath(event.owner()),
                        event.writerName()).about(COACHEE_MAP, event.owner().value());
        note(event.recipients(), event.toOwner() ? MailTopic.FEEDBACK : MailTopic.REFLECTIONS_WAITING, notice);
    }

    /** A peer assist in the kennisbank: the author hears of the question, the requester of the answer (names only). */
    @EventListener
    void peerAssistAsked(nl.kopgroep.knowledge.PeerAssistAsked event) {
        note(List.of(event.author()), MailTopic.FEEDBACK, Notice.of("mail.notice.peerAssistAsked",
                nl.kopgroep.knowledge.KnowledgeNavigation.minePath(), event.requesterName()));
    }

    @EventListener
    void peerAssistAnswered(nl.kopgroep.knowledge.PeerAssistAnswered event) {
        note(List.of(event.requester()), MailTopic.FEEDBACK, Notice.of(event.accepted()
                        ? "mail.notice.peerAssistAccepted" : "mail.notice.peerAssistDeclined",
                nl.kopgroep.knowledge.KnowledgeNavigation.minePath(), event.authorName()));
    }

    @EventListener
    void entryWithdrawn(EntryWithdrawn event) {
        notices.withdraw(ENTRY, event.entry().value());
    }

    @EventListener
    void mapWithdrawn(nl.kopgroep.connections.MapWithdrawn event) {
        notices.withdraw(COACHEE_MAP, event.owner().value());
    }

    private void note(List<UserId> people, MailTopic topic, Notice notice) {
        Map<UserId, MailRecipient> found = recipients.findAll(people).stream()
                .collect(Collectors.toMap(MailRecipient::id, Function.identity()));
        for (UserId person : people) {
            MailRecipient to = found.get(person);
            if (to != null) {
                notices.note(to, topic, notice);
            }
        }
    }
}
