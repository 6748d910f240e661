package nl.kopgroep.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.kopgroep.base.MunicipalRole;
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

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility;

    @Column(name = "lesson_key")
    private @Nullable String lessonKey;

    @Column
    private @Nullable String prompt;

    @Enumerated(EnumType.STRING)
    @Column(name = "municipal_role")
    private @Nullable MunicipalRole municipalRole;

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
        this.title = form.title() == null ? "" : form.title();
        this.body = form.body() == null ? "" : form.body();
        this.visibility = form.visibility() == null ? Visibility.PRIVATE : form.visibility();
        this.lessonKey = form.lessonKey();
        this.prompt = form.prompt();
        this.municipalRole = form.municipalRole();
        this.baseVersion = form.baseVersion();
        this.savedAt = now;
    }

    EntryForm form(@Nullable ReflectionId entry) {
        return new EntryForm(entry, title, body, visibility, lessonKey, prompt, municipalRole, baseVersion);
    }

    Instant savedAt() {
        return savedAt;
    }
}
