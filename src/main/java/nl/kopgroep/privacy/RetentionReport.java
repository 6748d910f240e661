package nl.kopgroep.privacy;

/** What one run of the retention job did; {@code ran} is false when another node held the lock. */
public record RetentionReport(boolean ran, int rowsRemoved, int addressesForgotten, int auditEventsRemoved,
                              int accountsErased) {

    static RetentionReport skipped() {
        return new RetentionReport(false, 0, 0, 0, 0);
    }
}
