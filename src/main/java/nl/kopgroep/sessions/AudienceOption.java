package nl.kopgroep.sessions;

/** An audience an administrator may plan for: one of their cohorts, their municipality, a joint programme they lead. */
public record AudienceOption(AudienceType type, long id, String name) {
}
