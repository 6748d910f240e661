package nl.kopgroep.connections;

import java.util.Locale;

/** Granovetter's weak and strong ties. A strong tie weighs twice in Burt's constraint. */
public enum TieStrength {
    WEAK(1), STRONG(2);

    private final int weight;

    TieStrength(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    public String labelKey() {
        return "connections.strength." + name().toLowerCase(Locale.ROOT);
    }
}
