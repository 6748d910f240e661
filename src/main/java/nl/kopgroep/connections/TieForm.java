package nl.kopgroep.connections;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.kopgroep.base.MunicipalRole;
import org.jspecify.annotations.Nullable;

/** What the participant chooses for a tie (dialog bean). {@code fromActor} null: the participant themselves. */
public final class TieForm {

    private @Nullable Long fromActor;
    private @Nullable Long toActor;
    private @Nullable TieType type;
    private TieStrength strength = TieStrength.WEAK;
    private @Nullable LocalDate since;
    private Set<MunicipalRole> roles = new LinkedHashSet<>();
    private Set<Long> goals = new LinkedHashSet<>();
    private Set<String> commitments = new LinkedHashSet<>();

    public TieForm() {
    }

    public static TieForm of(MapTie tie) {
        TieForm form = new TieForm();
        form.fromActor = tie.fromActor();
        form.toActor = tie.toActor();
        form.type = tie.type();
        form.strength = tie.strength();
        form.since = tie.since();
        form.roles = new LinkedHashSet<>(tie.roles());
        form.goals = new LinkedHashSet<>(tie.goals());
        form.commitments = new LinkedHashSet<>(tie.commitments());
        return form;
    }

    public static TieForm of(@Nullable Long from, long to, TieType type, TieStrength strength) {
        TieForm form = new TieForm();
        form.fromActor = from;
        form.toActor = to;
        form.type = type;
        form.strength = strength;
        return form;
    }

    public @Nullable Long getFromActor() {
        return fromActor;
    }

    public void setFromActor(@Nullable Long fromActor) {
        this.fromActor = fromActor;
    }

    public @Nullable Long getToActor() {
        return toActor;
    }

    public void setToActor(@Nullable Long toActor) {
        this.toActor = toActor;
    }

    public @Nullable TieType getType() {
        return type;
    }

    public void setType(@Nullable TieType type) {
        this.type = type;
    }

    public TieStrength getStrength() {
        return strength;
    }

    public void setStrength(@Nullable TieStrength strength) {
        this.strength = strength == null ? TieStrength.WEAK : strength;
    }

    public @Nullable LocalDate getSince() {
        return since;
    }

    public void setSince(@Nullable LocalDate since) {
        this.since = since;
    }

    public Set<MunicipalRole> getRoles() {
        return roles;
    }

    public void setRoles(@Nullable Set<MunicipalRole> roles) {
        this.roles = roles == null ? new LinkedHashSet<>() : new LinkedHashSet<>(roles);
    }

    public Set<Long> getGoals() {
        return goals;
    }

    public void setGoals(@Nullable Set<Long> goals) {
        this.goals = goals == null ? new LinkedHashSet<>() : new LinkedHashSet<>(goals);
    }

    public Set<String> getCommitments() {
        return commitments;
    }

    public void setCommitments(@Nullable Set<String> commitments) {
        this.commitments = commitments == null ? new LinkedHashSet<>() : new LinkedHashSet<>(commitments);
    }
}
