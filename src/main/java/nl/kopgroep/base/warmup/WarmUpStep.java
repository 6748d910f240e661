package nl.kopgroep.base.warmup;

/**
 * One piece of warm-up work, run a few times before the application reports itself ready ({@link WarmUp}). A step
 * never touches personal data, never signs anyone in and never writes to the database: it only runs the code paths
 * the first real requests will take (a password hash of a throw-away password, the sign-in page as an anonymous
 * visitor). A step that throws is left out of the remaining rounds; the application becomes ready regardless.
 */
public interface WarmUpStep {

    /** For the log line: what the step warms. */
    String name();

    /** One round of the step. Should return within a second or so; it is run several times. */
    void run() throws Exception;
}
