package nl.kopgroep.programme;

/** A lesson in a module's list. */
public record LessonSummary(String key, String title, int position, int minutes, boolean done) {
}
