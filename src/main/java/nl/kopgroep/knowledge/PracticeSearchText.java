package nl.kopgroep.knowledge;

/**
 * The stems a practice is found by (DD014), as a pure function: for the national-scale generator, which writes
 * practices in bulk SQL and must fill {@code practice.search_text} exactly as publishing does. Reads and changes
 * nothing.
 */
public final class PracticeSearchText {

    private PracticeSearchText() {
    }

    public static String of(PracticeForm form) {
        return PracticeTexts.searchText(form);
    }
}
