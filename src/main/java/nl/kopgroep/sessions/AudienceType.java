package nl.kopgroep.sessions;

import java.util.Locale;

/** Whom a session is open to: one cohort, every cohort of a municipality, or the cohorts of a joint programme. */
public enum AudienceType {
    COHORT, MUNICIPALITY, JOINT_PROGRAMME;

    public String labelKey() {
        return "sessions.audience." + name().toLowerCase(Locale.ROOT);
    }
}
