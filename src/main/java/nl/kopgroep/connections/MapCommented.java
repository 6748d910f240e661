package nl.kopgroep.connections;

import java.util.List;
import nl.kopgroep.base.UserId;

/**
 * Published when a message is added to the conversation about a verbindingskaart: whose map, who wrote (their name),
 * whether a coach wrote to the owner ({@code toOwner}) or the owner to their coaches, and who should hear of it.
 * Never the message's text, never an actor of the map.
 */
public record MapCommented(UserId owner, String writerName, boolean toOwner, List<UserId> recipients) {
}
