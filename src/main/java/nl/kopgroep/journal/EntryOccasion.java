package nl.kopgroep.journal;

/**
 * What a new journal entry was written about, when it starts from somewhere else than a lesson: a
 * session the participant attended, a conversation with a role model. The title is a suggestion
 * for the entry's title, the prompt the question shown above the editor (and kept with the entry).
 */
public record EntryOccasion(String title, String prompt) {
}
