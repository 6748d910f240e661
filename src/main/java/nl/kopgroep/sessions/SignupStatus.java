package nl.kopgroep.sessions;

import java.util.Locale;

/**
 * Where someone stands for a session: a seat, a place on the waiting list, invited by a colleague of their cohort
 * (a team sign-up) and not yet answered, or no longer coming.
 */
public enum SignupStatus {
    CONFIRMED, WAITING, INVITED, CANCELLED;

    public String labelKey() {
        return "sessions.signup." + name().toLowerCase(Locale.ROOT);
    }
}
