package nl.kopgroep.knowledge;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The editor's autosaved content: for a new practice ({@code practice} null) or a change to a published one. */
public record PracticeDraft(@Nullable Long practice, PracticeForm form, Instant savedAt) {
}
