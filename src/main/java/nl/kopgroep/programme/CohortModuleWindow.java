package nl.kopgroep.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A module's window shifted for one cohort by its administrator. */
@Entity
@Table(name = "cohort_module_window")
class CohortModuleWindow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "module_id", nullable = false)
    private Long moduleId;

    @Column(name = "window_from", nullable = false)
    private int windowFrom;

    @Column(name = "window_to", nullable = false)
    private int windowTo;

    protected CohortModuleWindow() {
    }

    CohortModuleWindow(Long cohortId, Long moduleId) {
        this.cohortId = cohortId;
        this.moduleId = moduleId;
    }

    void shift(int from, int to) {
        this.windowFrom = from;
        this.windowTo = to;
    }

    Long cohortId() {
        return cohortId;
    }

    Long moduleId() {
        return moduleId;
    }

    int windowFrom() {
        return windowFrom;
    }

    int windowTo() {
        return windowTo;
    }
}
