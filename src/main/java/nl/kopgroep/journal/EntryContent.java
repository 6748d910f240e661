package nl.kopgroep.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.kopgroep.base.MunicipalRole;
import org.jspecify.annotations.Nullable;

/** What an author writes: the same columns in a saved entry and in a draft. */
@Embeddable
class EntryContent {

    @Column(nullable = false)
    private String title = "";

    @Column(nullable = false)
    private String body = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility = Visibility.PRIVATE;

    @Column(name = "lesson_key")
    private @Nullable String lessonKey;

    @Column
    private @Nullable String prompt;

    @Enumerated(EnumType.STRING)
    @Column(name = "municipal_role")
    private @Nullable MunicipalRole municipalRole;

    @Column(name = "goal_id")
    private @Nullable Long goalId;

    protected EntryContent() {
    }

    static EntryContent of(EntryForm form) {
        EntryContent content = new EntryContent();
        content.title = form.title() == null ? "" : form.title();
        content.body = form.body() == null ? "" : form.body();
        content.visibility = form.visibility() == null ? Visibility.PRIVATE : form.visibility();
        content.lessonKey = form.lessonKey();
        content.prompt = form.prompt();
        content.municipalRole = form.municipalRole();
        content.goalId = form.goalId();
        return content;
    }

    EntryForm form(@Nullable ReflectionId entry, @Nullable Long baseVersion) {
        return new EntryForm(entry, title, body, visibility, lessonKey, prompt, municipalRole, baseVersion, goalId);
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    Visibility visibility() {
        return visibility;
    }

    @Nullable String lessonKey() {
        return lessonKey;
    }

    @Nullable String prompt() {
        return prompt;
    }

    @Nullable MunicipalRole municipalRole() {
        return municipalRole;
    }

    @Nullable Long goalId() {
        return goalId;
    }
}
