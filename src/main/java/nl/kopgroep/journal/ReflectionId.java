package nl.kopgroep.journal;

public record ReflectionId(long value) {

    public ReflectionId {
        if (value <= 0) {
            throw new IllegalArgumentException("ReflectionId must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
