package nl.kopgroep.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.kopgroep.base.UserId;

/** One reusable comment in a coach's own library. */
@Entity
@Table(name = "comment_template")
class LibraryComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coach_id", nullable = false)
    private Long coachId;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LibraryComment() {
    }

    LibraryComment(UserId coach, String body, Instant at) {
        this.coachId = coach.value();
        this.body = body;
        this.createdAt = at;
    }

    CommentTemplate toRecord() {
        return new CommentTemplate(id, body);
    }
}
