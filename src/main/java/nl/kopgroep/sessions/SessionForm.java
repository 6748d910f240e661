package nl.kopgroep.sessions;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator fills in to plan or change a session. Mutable so a form can bind to it; the services check
 * it ({@link SessionPlanningService}). Without a cancellation deadline, signing off is possible until a day before
 * the start. Without an audience, the session is for the administrator's whole municipality.
 */
public class SessionForm {

    private SessionKind kind = SessionKind.WORKSHOP;
    private String title = "";
    private @Nullable String description;
    private @Nullable Instant startsAt;
    private @Nullable Instant endsAt;
    private @Nullable String place;
    private @Nullable String onlineLink;
    private int capacity = 20;
    private @Nullable Instant cancelDeadline;
    private AudienceType audienceType = AudienceType.MUNICIPALITY;
    private long audienceId;
    private @Nullable String moduleCode;
    private @Nullable String competencyCode;
    private Set<UserId> facilitators = new LinkedHashSet<>();

    public static SessionForm of(SessionKind kind, String title, Instant startsAt, Instant endsAt, int capacity) {
        SessionForm form = new SessionForm();
        form.setKind(kind);
        form.setTitle(title);
        form.setStartsAt(startsAt);
        form.setEndsAt(endsAt);
        form.setCapacity(capacity);
        return form;
    }

    public SessionKind getKind() { return kind; }
    public void setKind(SessionKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(@Nullable String title) { this.title = title == null ? "" : title; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description; }
    public @Nullable Instant getStartsAt() { return startsAt; }
    public void setStartsAt(@Nullable Instant startsAt) { this.startsAt = startsAt; }
    public @Nullable Instant getEndsAt() { return endsAt; }
    public void setEndsAt(@Nullable Instant endsAt) { this.endsAt = endsAt; }
    public @Nullable String getPlace() { return place; }
    public void setPlace(@Nullable String place) { this.place = place; }
    public @Nullable String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(@Nullable String onlineLink) { this.onlineLink = onlineLink; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public @Nullable Instant getCancelDeadline() { return cancelDeadline; }
    public void setCancelDeadline(@Nullable Instant cancelDeadline) { this.cancelDeadline = cancelDeadline; }
    public AudienceType getAudienceType() { return audienceType; }
    public void setAudienceType(AudienceType audienceType) { this.audienceType = audienceType; }
    public long getAudienceId() { return audienceId; }
    public void setAudienceId(long audienceId) { this.audienceId = audienceId; }
    public @Nullable String getModuleCode() { return moduleCode; }
    public void setModuleCode(@Nullable String moduleCode) { this.moduleCode = moduleCode; }
    public @Nullable String getCompetencyCode() { return competencyCode; }
    public void setCompetencyCode(@Nullable String competencyCode) { this.competencyCode = competencyCode; }
    public Set<UserId> getFacilitators() { return facilitators; }
    public void setFacilitators(Set<UserId> facilitators) { this.facilitators = new LinkedHashSet<>(facilitators); }
}
