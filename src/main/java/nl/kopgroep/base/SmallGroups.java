package nl.kopgroep.base;

/**
 * The k-anonymity rule for management (PRODUCT.md §4.2, DD009): no figure about fewer than
 * {@value #MIN_PEOPLE} people. One constant, so the journal, the programme and the dashboard agree.
 */
public final class SmallGroups {

    /** The fewest people a figure for management may be about. */
    public static final int MIN_PEOPLE = 5;

    private SmallGroups() {
    }

    /** Whether a figure about this many people may be shown. */
    public static boolean shown(int people) {
        return people >= MIN_PEOPLE;
    }
}
