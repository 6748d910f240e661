package nl.kopgroep.journal;

/** An entry as a line in a list. */
final class EntrySummaries {

    private EntrySummaries() {
    }

    static EntrySummary of(Reflection reflection, String authorName, boolean own) {
        return new EntrySummary(reflection.id(), reflection.authorId(), reflection.title(), authorName, own,
                reflection.visibility(), reflection.municipalRole(), reflection.prompt(), reflection.updatedAt());
    }
}
