package nl.kopgroep.goals;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A participant's goal with its key results and links: loaded, changed through its methods, saved.
 * The check-ins, adjustments and comments are logs next to it ({@link GoalHistoryStore}).
 * Updates name only the changed columns (as the SQL before did), so a check-in and an adjustment
 * at the same moment do not undo each other's fields; the table has no version column.
 */
@Entity
@DynamicUpdate
@Table(name = "goal")
class Goal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private Long ownerId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private GoalKind kind;

    @Column(nullable = false)
    private String title;

    @Column
    private @Nullable String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GoalStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "goal_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<KeyResult> keyResults = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "goal_id", nullable = false, updatable = false)
    private List<GoalLink> links = new ArrayList<>();

    protected Goal() {
    }

    /** A new goal, on track; WORK goals link commitments (code → title now), LEARNING goals competencies. */
    Goal(UserId owner, OrganisationId organisation, GoalKind kind, String title, @Nullable String description,
         Map<String, String> commitments, Set<String> competencies, Instant at) {
        this.ownerId = owner.value();
        this.organisationId = organisation.value();
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.status = GoalStatus.ON_TRACK;
        this.createdAt = at;
        this.updatedAt = at;
        commitments.forEach((code, linkedTitle) -> links.add(new GoalLink(LinkType.COMMITMENT, code, linkedTitle)));
        competencies.forEach(code -> links.add(new GoalLink(LinkType.COMPETENCY, code, null)));
    }

    KeyResult addKeyResult(KeyResultForm form) {
        KeyResult result = new KeyResult(form.title(), form.unit(), form.baseline(), form.target(), keyResults.size());
        keyResults.add(result);
        return result;
    }

    /**
     * A check-in: the goal's status, and per key result of this goal its value, its own status and,
     * for a result without a target, whether it is done. Ids of other goals' results are ignored.
     */
    void checkedIn(GoalStatus status, Map<Long, BigDecimal> values, Map<Long, Boolean> done,
                   Map<Long, GoalStatus> keyResultStatus, Instant at) {
        for (KeyResult result : keyResults) {
            if (values.containsKey(result.id())) {
                result.record(values.get(result.id()));
            }
            if (keyResultStatus.containsKey(result.id())) {
                result.judge(keyResultStatus.get(result.id()));
            }
            if (done.containsKey(result.id())) {
                result.markDone(done.get(result.id()));
            }
        }
        this.status = status;
        this.updatedAt = at;
    }

    void adjustTitle(String title, @Nullable String description, Instant at) {
        this.title = title;
        this.description = description;
        this.updatedAt = at;
    }

    void changeTarget(long keyResult, BigDecimal target) {
        keyResults.stream().filter(r -> r.id() == keyResult).findFirst()
                .filter(KeyResult::measured).ifPresent(r -> r.changeTarget(target));
    }

    /**
     * Links the goal to these commitments (code → title as it is now): links kept get the current
     * title, others go, new ones come. Updating in place keeps the unique (goal, type, target) intact.
     */
    void relink(Map<String, String> commitments) {
        links.removeIf(link -> link.type() == LinkType.COMMITMENT && !commitments.containsKey(link.code()));
        Map<String, String> missing = new HashMap<>(commitments);
        for (GoalLink link : links) {
            if (link.type() == LinkType.COMMITMENT) {
                link.retitle(missing.remove(link.code()));
            }
        }
        missing.forEach((code, linkedTitle) -> links.add(new GoalLink(LinkType.COMMITMENT, code, linkedTitle)));
    }

    Long id() {
        return id;
    }

    UserId ownerId() {
        return new UserId(ownerId);
    }

    long organisationId() {
        return organisationId;
    }

    GoalKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    @Nullable String description() {
        return description;
    }

    GoalStatus status() {
        return status;
    }

    boolean ownedBy(UserId user) {
        return ownerId.equals(user.value());
    }

    List<KeyResult> keyResults() {
        return List.copyOf(keyResults);
    }

    /** The linked codes of one type, sorted. */
    List<String> linked(LinkType type) {
        return links.stream().filter(link -> link.type() == type).map(GoalLink::code).sorted().toList();
    }

    /** Each linked commitment's title when it was linked; null values for links made before titles were kept. */
    Map<String, @Nullable String> linkedTitles() {
        Map<String, @Nullable String> titles = new HashMap<>();
        links.stream().filter(link -> link.type() == LinkType.COMMITMENT)
                .forEach(link -> titles.put(link.code(), link.linkedTitle()));
        return titles;
    }

    static List<Long> ids(Collection<Goal> goals) {
        return goals.stream().map(Goal::id).toList();
    }
}
