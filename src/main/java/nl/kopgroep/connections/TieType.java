package nl.kopgroep.connections;

import java.util.Locale;

/** Regie: a tie between similar actors who must work together; verbinden: a bridge between dissimilar ones. */
public enum TieType {
    REGIE, VERBINDEN;

    public String labelKey() {
        return "connections.tieType." + name().toLowerCase(Locale.ROOT);
    }
}
