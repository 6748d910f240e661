package nl.kopgroep.journal;

import nl.kopgroep.base.MunicipalRole;
import org.jspecify.annotations.Nullable;

/**
 * What the author types. {@code entry} is empty for a new entry; {@code baseVersion} is the version
 * the author started editing from, so a save over someone else's newer save (another tab) is refused.
 */
public record EntryForm(@Nullable ReflectionId entry, String title, String body, Visibility visibility,
                        @Nullable String lessonKey, @Nullable String prompt, @Nullable MunicipalRole municipalRole,
                        @Nullable Long baseVersion, @Nullable Long goalId) {

    public EntryForm(@Nullable ReflectionId entry, String title, String body, Visibility visibility,
                     @Nullable String lessonKey, @Nullable String prompt, @Nullable MunicipalRole municipalRole,
                     @Nullable Long baseVersion) {
        this(entry, title, body, visibility, lessonKey, prompt, municipalRole, baseVersion, null);
    }

    public static EntryForm empty() {
        return new EntryForm(null, "", "", Visibility.PRIVATE, null, null, null, null);
    }

    public EntryForm withGoal(@Nullable Long goal) {
        return new EntryForm(entry, title, body, visibility, lessonKey, prompt, municipalRole, baseVersion, goal);
    }

    /** The key of this entry's draft: one per entry, and one for a new entry. */
    public String draftKey() {
        return entry == null ? "new" : "entry-" + entry.value();
    }
}
