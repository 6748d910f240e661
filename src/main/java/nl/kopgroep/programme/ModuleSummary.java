package nl.kopgroep.programme;

/** A module of the programme with its default window in months. */
public record ModuleSummary(String key, String title, String summary, int position, int windowFrom, int windowTo,
                            int lessonCount, int minutes) {
}
