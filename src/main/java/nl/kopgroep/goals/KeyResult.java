package nl.kopgroep.goals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A measurable result of a {@link Goal}, changed only through its goal: a number from baseline to
 * target, or, without a target, done or not. Updates name only the changed columns, like {@link Goal}.
 */
@Entity
@DynamicUpdate
@Table(name = "key_result")
class KeyResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column
    private @Nullable String unit;

    @Column(precision = 18, scale = 4)
    private @Nullable BigDecimal baseline;

    @Column(precision = 18, scale = 4)
    private @Nullable BigDecimal target;

    @Column(name = "current_value", precision = 18, scale = 4)
    private @Nullable BigDecimal current;

    @Column
    private @Nullable Boolean done;

    @Enumerated(EnumType.STRING)
    @Column
    private @Nullable GoalStatus status;

    @Column(nullable = false)
    private int position;

    protected KeyResult() {
    }

    KeyResult(String title, @Nullable String unit, @Nullable BigDecimal baseline, @Nullable BigDecimal target,
              int position) {
        this.title = title;
        this.unit = unit;
        this.baseline = baseline;
        this.target = target;
        this.current = baseline;
        this.done = target == null ? Boolean.FALSE : null;
        this.position = position;
    }

    /** The id; null until the goal is flushed. */
    Long id() {
        return id;
    }

    String title() {
        return title;
    }

    @Nullable String unit() {
        return unit;
    }

    @Nullable BigDecimal baseline() {
        return strip(baseline);
    }

    @Nullable BigDecimal target() {
        return strip(target);
    }

    @Nullable BigDecimal current() {
        return strip(current);
    }

    @Nullable Boolean done() {
        return done;
    }

    @Nullable GoalStatus status() {
        return status;
    }

    /** Without a target a result is done or not; with one, its progress is its value. */
    boolean measured() {
        return target != null;
    }

    void record(@Nullable BigDecimal value) {
        this.current = value;
    }

    void markDone(boolean done) {
        if (!measured()) {
            this.done = done;
        }
    }

    void judge(GoalStatus status) {
        this.status = status;
    }

    void changeTarget(BigDecimal target) {
        this.target = target;
    }

    GoalView.KeyResult view() {
        return new GoalView.KeyResult(id, title, unit, baseline(), target(), current(), done, status);
    }

    private static @Nullable BigDecimal strip(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
