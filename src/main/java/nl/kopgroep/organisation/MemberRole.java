package nl.kopgroep.organisation;

/** How someone takes part in a cohort. */
public enum MemberRole {
    PARTICIPANT, COACH
}
