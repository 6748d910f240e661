package nl.kopgroep.connections;

import java.time.Instant;

/** Someone who opened the participant's shared map, and when; an empty name is an erased account. */
public record MapRead(String readerName, Instant at) {
}
