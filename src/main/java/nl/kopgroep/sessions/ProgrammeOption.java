package nl.kopgroep.sessions;

/** A module (key, title) or competency (code, name) of the programme a session can be linked to. */
public record ProgrammeOption(String code, String name) {
}
