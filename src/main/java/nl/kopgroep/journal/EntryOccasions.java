package nl.kopgroep.journal;

import java.util.Optional;

/**
 * A feature further up the chain whose items a participant can write a journal entry about
 * (issue 15: sessions, role-model conversations). The journal cannot know those features, so each
 * registers a bean of this type under its own {@link #kind()}, and the editor's link
 * ({@link JournalNavigation#newEntryAbout}) names the kind and the item's id.
 *
 * <p>An implementation answers for the signed-in participant only: empty for an id that does not
 * exist or that is not theirs to write about (the editor then opens empty, as for a new entry).
 */
public interface EntryOccasions {

    /** The word in the editor's address, e.g. {@code bijeenkomst}; lower case letters and hyphens. */
    String kind();

    /** The occasion for the signed-in participant, or empty. */
    Optional<EntryOccasion> occasion(long id);
}
