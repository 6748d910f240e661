package nl.kopgroep.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "reflection")
class Reflection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "cohort_id")
    private @Nullable Long cohortId;

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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Reflection() {
    }

    Reflection(UserId author, @Nullable Long cohortId, Instant now) {
        this.authorId = author.value();
        this.cohortId = cohortId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void write(EntryForm form, Instant now) {
        this.title = form.title();
        this.body = form.body();
        this.visibility = form.visibility();
        this.lessonKey = form.lessonKey();
        this.prompt = form.prompt();
        this.municipalRole = form.municipalRole();
        this.updatedAt = now;
    }

    ReflectionId id() {
        return new ReflectionId(id);
    }

    UserId authorId() {
        return new UserId(authorId);
    }

    @Nullable Long cohortId() {
        return cohortId;
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    Visibility visibility() {
        return visibility;
    }

    @Nullable String lessonKey() {
        return lessonKey;
    }

    @Nullable String prompt() {
        return prompt;
    }

    @Nullable MunicipalRole municipalRole() {
        return municipalRole;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
