package nl.kopgroep.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;

/** The text being typed, saved on the server every few seconds. */
@Entity
@Table(name = "reflection_draft")
class ReflectionDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "draft_key", nullable = false)
    private String draftKey;

    @Embedded
    private EntryContent content = new EntryContent();

    @Column(name = "base_version")
    private @Nullable Long baseVersion;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected ReflectionDraft() {
    }

    ReflectionDraft(UserId author, String draftKey) {
        this.authorId = author.value();
        this.draftKey = draftKey;
    }

    void keep(EntryForm form, Instant now) {
        this.content = EntryContent.of(form);
        this.baseVersion = form.baseVersion();
        this.savedAt = now;
    }

    EntryForm form(@Nullable ReflectionId entry) {
        return content.form(entry, baseVersion);
    }

    Instant savedAt() {
        return savedAt;
    }
}
