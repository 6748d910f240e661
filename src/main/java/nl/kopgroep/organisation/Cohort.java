package nl.kopgroep.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.OrganisationId;

/** A kopgroep: one 24-month run of the programme. */
@Entity
@Table(name = "cohort")
class Cohort {

    static final int PROGRAMME_MONTHS = 24;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(nullable = false)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Cohort() {
    }

    Cohort(OrganisationId organisation, String name, LocalDate startDate, Instant createdAt) {
        this.organisationId = organisation.value();
        this.name = name;
        this.startDate = startDate;
        this.createdAt = createdAt;
    }

    CohortId id() {
        return new CohortId(id);
    }

    OrganisationId organisationId() {
        return new OrganisationId(organisationId);
    }

    String name() {
        return name;
    }

    LocalDate startDate() {
        return startDate;
    }

    LocalDate endDate() {
        return startDate.plusMonths(PROGRAMME_MONTHS).minusDays(1);
    }

    void change(String newName, LocalDate newStartDate) {
        this.name = newName;
        this.startDate = newStartDate;
    }
}
