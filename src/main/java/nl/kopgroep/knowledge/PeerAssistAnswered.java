package nl.kopgroep.knowledge;

import nl.kopgroep.base.UserId;

/** The author accepted or declined a peer-assist request. */
public record PeerAssistAnswered(long request, UserId requester, String authorName, boolean accepted) {
}
