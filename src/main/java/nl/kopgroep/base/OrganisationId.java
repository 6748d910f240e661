package nl.kopgroep.base;

/** Typed identifier, so a Organisation id can never be passed where another id is meant. */
public record OrganisationId(long value) {

    public OrganisationId {
        if (value <= 0) {
            throw new IllegalArgumentException("OrganisationId must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
