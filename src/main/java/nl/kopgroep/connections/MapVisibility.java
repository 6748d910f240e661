package nl.kopgroep.connections;

import java.util.Locale;

/**
 * Who may see a map besides the participant: the same three levels and meaning as a journal entry's
 * visibility (PRODUCT.md §4.1). Its own type because the journal sits above this feature in the chain.
 */
public enum MapVisibility {
    /** The participant only. The default. */
    PRIVATE,
    /** Also the coaches assigned to the participant. */
    COACH,
    /** Also the participant's cohort (read only). */
    GROUP;

    public String labelKey() {
        return "visibility." + name().toLowerCase(Locale.ROOT);
    }
}
