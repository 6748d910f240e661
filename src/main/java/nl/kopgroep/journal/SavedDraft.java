package nl.kopgroep.journal;

import java.time.Instant;

/** A draft found on the server, to offer for recovery. */
public record SavedDraft(EntryForm form, Instant savedAt) {
}
