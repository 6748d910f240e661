package nl.kopgroep.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

    @Embedded
    private EntryContent content = new EntryContent();

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
        this.content = EntryContent.of(form);
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
        return content.title();
    }

    String body() {
        return content.body();
    }

    Visibility visibility() {
        return content.visibility();
    }

    @Nullable String lessonKey() {
        return content.lessonKey();
    }

    @Nullable String prompt() {
        return content.prompt();
    }

    @Nullable MunicipalRole municipalRole() {
        return content.municipalRole();
    }

    @Nullable Long goalId() {
        return content.goalId();
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
