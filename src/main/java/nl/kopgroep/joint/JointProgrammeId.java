package nl.kopgroep.joint;

/** Typed identifier of a joint programme. */
public record JointProgrammeId(long value) {

    public JointProgrammeId {
        if (value <= 0) {
            throw new IllegalArgumentException("JointProgrammeId must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
