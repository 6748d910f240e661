package nl.kopgroep.connections;

import nl.kopgroep.base.UserId;

/**
 * Published when a participant makes their verbindingskaart private: what pointed their coaches at it (bell
 * items, lines waiting for a digest) goes, in the same transaction, as for a journal entry taken back.
 */
public record MapWithdrawn(UserId owner) {
}
