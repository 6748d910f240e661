package nl.kopgroep.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.kopgroep.base.UserId;
import nl.kopgroep.journal.ReflectionId;
import org.jspecify.annotations.Nullable;

/** A coach marked an entry as reviewed, optionally with its depth on the rubric; marking again updates it. */
@Entity
@Table(name = "reflection_review")
class ReviewMark {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reflection_id", nullable = false)
    private Long reflectionId;

    @Column(name = "coach_id", nullable = false)
    private Long coachId;

    @Enumerated(EnumType.STRING)
    private @Nullable Depth depth;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    protected ReviewMark() {
    }

    ReviewMark(ReflectionId entry, UserId coach) {
        this.reflectionId = entry.value();
        this.coachId = coach.value();
    }

    void mark(@Nullable Depth depth, Instant at) {
        this.depth = depth;
        this.reviewedAt = at;
    }

    long reflectionId() {
        return reflectionId;
    }

    long coachId() {
        return coachId;
    }

    @Nullable Depth depth() {
        return depth;
    }
}
