package nl.kopgroep.connections;

import java.time.Instant;

/** A message in the conversation about a map; an empty name is an erased account. */
public record MapComment(String writerName, boolean byOwner, String body, Instant at) {
}
