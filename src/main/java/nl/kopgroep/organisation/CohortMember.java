package nl.kopgroep.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.UserId;

@Entity
@Table(name = "cohort_member")
class CohortMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false)
    private MemberRole memberRole;

    protected CohortMember() {
    }

    CohortMember(CohortId cohort, UserId user, MemberRole memberRole) {
        this.cohortId = cohort.value();
        this.userId = user.value();
        this.memberRole = memberRole;
    }

    CohortId cohortId() {
        return new CohortId(cohortId);
    }

    UserId userId() {
        return new UserId(userId);
    }

    MemberRole memberRole() {
        return memberRole;
    }
}
