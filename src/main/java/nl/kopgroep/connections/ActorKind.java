package nl.kopgroep.connections;

import java.util.Locale;

/** The kinds of actor the lesson sorts a network into (regie-en-verbinden/01), plus other municipalities. */
public enum ActorKind {
    POLITICAL("P", "#1d4ed8"),
    INTERNAL("I", "#047857"),
    EXTERNAL_PARTNER("E", "#b45309"),
    CITIZEN_INITIATIVE("B", "#be185d"),
    EXPERT("D", "#6d28d9"),
    OTHER_MUNICIPALITY("G", "#0e7490");

    private final String letter;
    private final String colour;

    ActorKind(String letter, String colour) {
        this.letter = letter;
        this.colour = colour;
    }

    /** The letter inside the node, so the drawing does not rely on colour alone. */
    public String letter() {
        return letter;
    }

    /** A fill with at least 4.5:1 contrast to the white letter on it. */
    public String colour() {
        return colour;
    }

    /** Outside the participant's own municipality. */
    public boolean outsideMunicipality() {
        return this == EXTERNAL_PARTNER || this == CITIZEN_INITIATIVE || this == EXPERT || this == OTHER_MUNICIPALITY;
    }

    public String labelKey() {
        return "connections.kind." + name().toLowerCase(Locale.ROOT);
    }
}
