package nl.kopgroep.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * One practice as a reader may see it.
 *
 * @param mine         whether the signed-in person wrote it
 * @param usedByMe     whether I marked "dit heb ik gebruikt"
 * @param myPeerAssist the status of my own latest request to its author, if any
 */
public record Practice(long id, String title, String intention, String happened, String difference, String lessons,
                       String authorName, String municipality, Sharing sharing, PracticeStatus status,
                       Instant publishedAt, Instant updatedAt, PracticeTags tags, List<Attachment> attachments,
                       List<Reaction> reactions, int usedCount, boolean mine, boolean usedByMe,
                       java.util.Optional<PeerAssistStatus> myPeerAssist) {

    public record Attachment(long id, String fileName, String contentType, int size) {
    }

    public record Reaction(long id, String authorName, String body, Instant writtenAt, boolean mine) {
    }
}
