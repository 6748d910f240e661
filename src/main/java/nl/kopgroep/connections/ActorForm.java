package nl.kopgroep.connections;

import org.jspecify.annotations.Nullable;

/** What the participant types for an actor (dialog bean: mutable, bound by a Binder). */
public final class ActorForm {

    private String name = "";
    private @Nullable ActorKind kind;
    private @Nullable String department;
    private @Nullable String organisationName;
    private @Nullable String note;

    public ActorForm() {
    }

    public static ActorForm of(MapActor actor) {
        ActorForm form = new ActorForm();
        form.name = actor.name();
        form.kind = actor.kind();
        form.department = actor.department();
        form.organisationName = actor.organisationName();
        form.note = actor.note();
        return form;
    }

    public static ActorForm of(String name, ActorKind kind, @Nullable String department) {
        ActorForm form = new ActorForm();
        form.name = name;
        form.kind = kind;
        form.department = department;
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name == null ? "" : name;
    }

    public @Nullable ActorKind getKind() {
        return kind;
    }

    public void setKind(@Nullable ActorKind kind) {
        this.kind = kind;
    }

    public @Nullable String getDepartment() {
        return department;
    }

    public void setDepartment(@Nullable String department) {
        this.department = department;
    }

    public @Nullable String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(@Nullable String organisationName) {
        this.organisationName = organisationName;
    }

    public @Nullable String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note;
    }
}
