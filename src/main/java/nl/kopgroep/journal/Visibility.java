package nl.kopgroep.journal;

import java.util.Locale;

/** Who may read an entry besides its author (PRODUCT.md §4.1). No other level exists. */
public enum Visibility {
    /** The author only. The default. */
    PRIVATE,
    /** Also the coaches assigned to the author. */
    COACH,
    /** Also the author's cohort, for intervision. */
    GROUP;

    public String labelKey() {
        return "visibility." + name().toLowerCase(Locale.ROOT);
    }
}
