package nl.kopgroep.sessions;

import java.util.List;
import nl.kopgroep.base.UserId;

/**
 * Something about a session that people should hear of, published in the transaction that made it happen
 * ({@code notification} listens: bell and mail digest). Names people by id only.
 *
 * @param title      the session's title (not private: everyone invited sees it)
 * @param recipients who should hear of it
 */
public record SessionEvent(Type type, SessionId session, String title, List<UserId> recipients) {

    public enum Type {
        /** Time, place or other facts changed. */
        CHANGED,
        /** The session was called off. */
        CANCELLED,
        /** A place on the waiting list became a seat. */
        MOVED_UP,
        /** A colleague signed the recipient up as part of a team; they confirm or decline. */
        TEAM_INVITATION,
        /** Notes, a recording or a link were added afterwards. */
        HARVEST_ADDED
    }

    public SessionEvent {
        recipients = List.copyOf(recipients);
    }
}
