package nl.kopgroep.journal;

import java.time.Instant;

/** Someone other than the author read the entry at this moment; an empty name: an erased account. */
public record ReadRecord(String readerName, Instant readAt) {
}
