package nl.kopgroep.knowledge;

import java.time.Instant;

/** A practice in a list of results: no texts but its title and the first words of what was learnt. */
public record PracticeSummary(long id, String title, String authorName, String municipality, Sharing sharing,
                              PracticeStatus status, Instant publishedAt, int usedCount, String excerpt,
                              PracticeTags tags) {
}
