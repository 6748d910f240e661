package nl.kopgroep.sessions;

/** Typed identifier of a planned session. */
public record SessionId(long value) {

    public SessionId {
        if (value <= 0) {
            throw new IllegalArgumentException("SessionId must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
