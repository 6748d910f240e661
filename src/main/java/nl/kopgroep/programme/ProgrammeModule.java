package nl.kopgroep.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "programme_module")
class ProgrammeModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_key", nullable = false, unique = true)
    private String key;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private int position;

    @Column(name = "window_from", nullable = false)
    private int windowFrom;

    @Column(name = "window_to", nullable = false)
    private int windowTo;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProgrammeModule() {
    }

    ProgrammeModule(String key, Instant now) {
        this.key = key;
        this.updatedAt = now;
    }

    /** Applies the definition; true when anything changed. */
    boolean apply(ProgrammeDefinition.ModuleDefinition definition, Instant now) {
        boolean changed = !definition.title().equals(title) || !definition.summary().equals(summary)
                || definition.position() != position || definition.windowFrom() != windowFrom
                || definition.windowTo() != windowTo || retired;
        if (changed) {
            title = definition.title();
            summary = definition.summary();
            position = definition.position();
            windowFrom = definition.windowFrom();
            windowTo = definition.windowTo();
            retired = false;
            updatedAt = now;
        }
        return changed;
    }

    boolean retire(Instant now) {
        if (retired) {
            return false;
        }
        retired = true;
        updatedAt = now;
        return true;
    }

    Long id() {
        return id;
    }

    String key() {
        return key;
    }

    String title() {
        return title;
    }

    String summary() {
        return summary;
    }

    int position() {
        return position;
    }

    int windowFrom() {
        return windowFrom;
    }

    int windowTo() {
        return windowTo;
    }

    boolean retired() {
        return retired;
    }
}
