package nl.kopgroep.connections;

import java.time.Instant;

/** A kept picture of the map: taken by hand, or automatically once every half year ("2026-2"). */
public record MapSnapshot(long id, Instant takenAt, String halfYear, boolean automatic) {
}
