package nl.kopgroep.connections;

import java.time.Instant;
import nl.kopgroep.base.UserId;

/** A map someone shared with the reader: whose, how widely, and when it last changed. */
public record SharedMap(UserId participant, String name, MapVisibility visibility, Instant updatedAt) {
}
