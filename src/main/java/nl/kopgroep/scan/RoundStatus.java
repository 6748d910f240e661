package nl.kopgroep.scan;

/**
 * A round as the reader sees it: not open yet, open for their scores, submitted by them and waiting for the other
 * side, or closed (both submitted: both see each other's scores).
 */
public enum RoundStatus {
    UPCOMING, OPEN, SUBMITTED, CLOSED
}
