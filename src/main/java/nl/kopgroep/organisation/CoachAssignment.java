package nl.kopgroep.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;

/** A coach coaches a participant within a cohort. */
@Entity
@Table(name = "coach_assignment")
class CoachAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "coach_id", nullable = false)
    private Long coachId;

    @Column(name = "participant_id", nullable = false)
    private Long participantId;

    /** When the coach was assigned; unknown for assignments made before issue 11. */
    @Column(name = "assigned_at")
    private @Nullable Instant assignedAt;

    protected CoachAssignment() {
    }

    CoachAssignment(CohortId cohort, UserId coach, UserId participant, Instant assignedAt) {
        this.cohortId = cohort.value();
        this.coachId = coach.value();
        this.participantId = participant.value();
        this.assignedAt = assignedAt;
    }

    @Nullable Instant assignedAt() {
        return assignedAt;
    }

    CohortId cohortId() {
        return new CohortId(cohortId);
    }

    UserId coachId() {
        return new UserId(coachId);
    }

    UserId participantId() {
        return new UserId(participantId);
    }
}
