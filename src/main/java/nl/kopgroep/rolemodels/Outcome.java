package nl.kopgroep.rolemodels;

/**
 * What an accepted conversation became: a meeting logged with its date (and a journal prompt for the participant),
 * or a session of kind rolmodelgesprek (wired to the sessions feature later).
 */
public enum Outcome {
    LOGGED_MEETING, SESSION
}
