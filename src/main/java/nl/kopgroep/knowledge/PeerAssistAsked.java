package nl.kopgroep.knowledge;

import nl.kopgroep.base.UserId;

/** A participant asked a practice's author for a peer assist (published in the asking transaction). */
public record PeerAssistAsked(long request, UserId author, String requesterName) {
}
