package nl.kopgroep.agreement;

import java.time.Instant;
import java.time.LocalDate;

/** One version of a municipality's agreement, for the history list. */
public record AgreementSummary(long id, String title, LocalDate periodFrom, LocalDate periodTo, boolean active,
                               String sourceName, String importedBy, Instant importedAt) {
}
