package nl.kopgroep.journal;

import java.time.Instant;

/** Someone other than the author read the entry at this moment. */
public record ReadRecord(String readerName, Instant readAt) {
}
