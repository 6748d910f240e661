package nl.kopgroep.knowledge;

import java.util.Locale;

/** With whom a practice is shared; the author chooses, the default is the municipality. */
public enum Sharing {
    /** The author's own cohort (participants and coaches). */
    COHORT,
    /** Everyone of the author's municipality who reads the kennisbank. */
    MUNICIPALITY,
    /** Every municipality on this installation: the one deliberate crossing of the border. */
    ALL;

    public String labelKey() {
        return "knowledge.sharing." + name().toLowerCase(Locale.ROOT);
    }
}
