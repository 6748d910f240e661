package nl.kopgroep.programme;

import java.time.Instant;

/** One earlier sync, as the admin page lists it. */
public record SyncRecord(Instant syncedAt, String actor, boolean successful, String summary) {
}
