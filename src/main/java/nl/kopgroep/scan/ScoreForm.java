package nl.kopgroep.scan;

import org.jspecify.annotations.Nullable;

/** What the scorer filled in for one competency; saved as they go. Evidence is the participant's only. */
public record ScoreForm(String competency, @Nullable Integer level, @Nullable EvidenceKind evidenceKind,
                        @Nullable Long evidenceId, @Nullable String note) {
}
