package nl.kopgroep.goals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A goal's link to a commitment or a competency, part of the {@link Goal} aggregate. A commitment
 * link remembers the commitment's title when it was linked (null for links made before that was
 * kept), so a revision that rewords it flags the goal.
 */
@Entity
@Table(name = "goal_link")
class GoalLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_type", nullable = false, updatable = false)
    private LinkType type;

    @Column(name = "target", nullable = false, updatable = false)
    private String code;

    @Column(name = "linked_title")
    private @Nullable String linkedTitle;

    protected GoalLink() {
    }

    GoalLink(LinkType type, String code, @Nullable String linkedTitle) {
        this.type = type;
        this.code = code;
        this.linkedTitle = linkedTitle;
    }

    LinkType type() {
        return type;
    }

    String code() {
        return code;
    }

    @Nullable String linkedTitle() {
        return linkedTitle;
    }

    void retitle(@Nullable String title) {
        this.linkedTitle = title;
    }
}
