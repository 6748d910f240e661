package nl.kopgroep.base;

/** Typed identifier, so a Cohort id can never be passed where another id is meant. */
public record CohortId(long value) {

    public CohortId {
        if (value <= 0) {
            throw new IllegalArgumentException("CohortId must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
