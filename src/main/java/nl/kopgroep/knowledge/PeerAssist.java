package nl.kopgroep.knowledge;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A peer-assist request as one of its two sides sees it.
 *
 * @param incoming     whether I am the practice's author (asked) rather than the requester
 * @param otherName    the other side's name
 * @param otherEmail   the other side's e-mail address, only once the author accepted
 */
public record PeerAssist(long id, long practice, String practiceTitle, boolean incoming, String otherName,
                         String otherMunicipality, String question, PeerAssistStatus status, Instant askedAt,
                         @Nullable Instant answeredAt, @Nullable String otherEmail) {
}
