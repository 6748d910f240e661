package nl.kopgroep.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.database.RetryOnWriteConflict;
import nl.kopgroep.joint.JointProgrammeDirectory;
import nl.kopgroep.joint.JointProgrammeId;
import nl.kopgroep.joint.JointProgrammeRef;
import nl.kopgroep.organisation.CohortSummary;
import nl.kopgroep.organisation.OrganisationCohortService;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.organisation.Person;
import nl.kopgroep.programme.ProgrammeService;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme administrator plans sessions: for a cohort of their own municipality or for the whole municipality;
 * for a joint programme only when their municipality is its regiegemeente. They change and cancel only what their
 * municipality planned (anything else is not found); every change raises the calendar's SEQUENCE and tells who signed
 * up.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class SessionPlanningService {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int CAPACITY_MAX = 500;
    /** Without a deadline, cancelling is possible until a day before the start. */
    static final Duration DEFAULT_DEADLINE = Duration.ofDays(1);

    private final SessionStore store;
    private final SessionViews views;
    private final Seats seats;
    private final CurrentUser currentUser;
    private final OrganisationCohortService cohorts;
    private final OrganisationDirectory directory;
    private final JointProgrammeDirectory joint;
    private final ApplicationEventPublisher events;
    private final ProgrammeService programme;
    private final Clock clock;
    private final nl.kopgroep.organisation.OrganisationService organisationService;

    SessionPlanningService(nl.kopgroep.organisation.OrganisationService organisationService, SessionStore store, SessionViews views, Seats seats, CurrentUser currentUser,
                           OrganisationCohortService cohorts, OrganisationDirectory directory,
                           JointProgrammeDirectory joint, ApplicationEventPublisher events, Clock clock,
                           ProgrammeService programme) {
        this.programme = programme;
        this.organisationService = organisationService;
        this.store = store;
        this.views = views;
        this.seats = seats;
        this.currentUser = currentUser;
        this.cohorts = cohorts;
        this.directory = directory;
        this.joint = joint;
        this.events = events;
        this.clock = clock;
    }

    /** The modules of the programme a session can be linked to, in the programme's order. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ProgrammeOption> moduleOptions() {
        return programme.modules().stream().map(m -> new ProgrammeOption(m.key(), m.title())).toList();
    }

    /** The competencies of the framework a session can be linked to. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ProgrammeOption> competencyOptions() {
        return programme.competencies().stream().map(c -> new ProgrammeOption(c.code(), c.name())).toList();
    }

    /** The sessions my municipality planned, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SessionSummary> planned() {
        return views.summaries(store.plannedBy(currentUser.organisationId()), null);
    }

    /** Whom I may plan for. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AudienceOption> audiences() {
        List<AudienceOption> options = new ArrayList<>();
        OrganisationId mine = currentUser.organisationId();
        options.add(new AudienceOption(AudienceType.MUNICIPALITY, mine.value(), organisationService.myOrganisationName()));
        cohorts.organisationCohorts().forEach(c -> options.add(new AudienceOption(AudienceType.COHORT, c.id().value(), c.name())));
        joint.programmesWithRegie(mine).forEach(p -> options.add(new AudienceOption(AudienceType.JOINT_PROGRAMME,
                p.id().value(), p.name())));
        return options;
    }

    /** The coaches of my municipality, who may facilitate. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Person> facilitatorCandidates() {
        List<UserId> coaches = directory.activeWithRole(Role.COACH).getOrDefault(currentUser.organisationId(), List.of());
        Map<UserId, String> names = directory.displayNames(coaches);
        return coaches.stream().map(c -> new Person(c, names.getOrDefault(c, ""), ""))
                .sorted(java.util.Comparator.comparing(Person::displayName)).toList();
    }

    /** A session my municipality planned, with its form for editing. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public SessionForm form(SessionId id) {
        SessionRow row = mine(id);
        SessionForm form = SessionForm.of(row.kind(), row.title(), row.startsAt(), row.endsAt(), row.capacity());
        form.setDescription(row.description());
        form.setPlace(row.place());
        form.setOnlineLink(row.onlineLink());
        form.setCancelDeadline(row.cancelDeadline());
        form.setAudienceType(row.audienceType());
        form.setAudienceId(row.audienceId());
        form.setModuleCode(row.moduleCode());
        form.setCompetencyCode(row.competencyCode());
        form.setFacilitators(new LinkedHashSet<>(store.facilitators(id)));
        return form;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public SessionSummary summary(SessionId id) {
        return views.summary(mine(id), null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public SessionId plan(SessionForm form) {
        Instant deadline = check(form);
        SessionId id = store.insert(form, currentUser.organisationId(), false, currentUser.id(), deadline, clock.instant());
        store.setFacilitators(id, checkedFacilitators(form.getFacilitators()));
        return id;
    }

    /**
     * Plans a rolmodelgesprek for these participants of my municipality, each with a seat at once; only they (and
     * the facilitators) see it. For the role-model feature, which turns a request into a session.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public long planConversation(SessionForm form, Collection<UserId> participants) {
        form.setKind(SessionKind.ROLMODELGESPREK);
        form.setAudienceType(AudienceType.MUNICIPALITY);
        form.setAudienceId(currentUser.organisationId().value());
        if (participants.isEmpty()) {
            throw new DomainException("sessions.noParticipants");
        }
        form.setCapacity(Math.max(form.getCapacity(), participants.size()));
        Set<UserId> ours = directory.activeParticipants(currentUser.organisationId()).values().stream()
                .flatMap(List::stream).collect(Collectors.toSet());
        if (!ours.containsAll(participants)) {
            throw new DomainException("sessions.audienceNotYours");
        }
        Instant deadline = check(form);
        Instant now = clock.instant();
        SessionId id = store.insert(form, currentUser.organisationId(), true, currentUser.id(), deadline, now);
        store.setFacilitators(id, checkedFacilitators(form.getFacilitators()));
        for (UserId participant : new LinkedHashSet<>(participants)) {
            store.insertSignup(id, participant, SignupStatus.CONFIRMED, null, null, now);
        }
        return id.value();
    }

    @RetryOnWriteConflict
    @PreAuthorize("hasRole('ADMIN')")
    public void update(SessionId id, SessionForm form) {
        mine(id);
        SessionRow session = seats.lock(id);
        if (session.cancelled()) {
            throw new DomainException("sessions.cancelled");
        }
        Instant deadline = check(form);
        if (form.getCapacity() < store.confirmed(id)) {
            throw new DomainException("sessions.capacityBelowConfirmed", store.confirmed(id));
        }
        store.update(id, form, deadline, clock.instant());
        store.setFacilitators(id, checkedFacilitators(form.getFacilitators()));
        SessionRow changed = store.find(id).orElseThrow();
        seats.moveUp(changed);
        events.publishEvent(new SessionEvent(SessionEvent.Type.CHANGED, id, changed.title(), concerned(id)));
    }

    /** Calls the session off: it stays, marked cancelled, so calendars learn of it; everyone signed up hears of it. */
    @RetryOnWriteConflict
    @PreAuthorize("hasRole('ADMIN')")
    public void cancel(SessionId id) {
        mine(id);
        SessionRow session = seats.lock(id);
        if (session.cancelled()) {
            return;
        }
        store.cancel(id, clock.instant());
        events.publishEvent(new SessionEvent(SessionEvent.Type.CANCELLED, id, session.title(), concerned(id)));
    }

    private List<UserId> concerned(SessionId id) {
        return store.signups(id).stream().filter(s -> s.status() != SignupStatus.CANCELLED).map(Signup::person).toList();
    }

    /** A session planned by my municipality, or not found. */
    SessionRow mine(SessionId id) {
        SessionRow row = store.find(id).orElseThrow(NotFoundException::new);
        if (!row.organisation().equals(currentUser.organisationId())) {
            throw new NotFoundException();
        }
        return row;
    }

    private Set<UserId> checkedFacilitators(Set<UserId> facilitators) {
        Set<UserId> allowed = facilitatorCandidates().stream().map(Person::id).collect(Collectors.toSet());
        if (!allowed.containsAll(facilitators)) {
            throw new DomainException("sessions.facilitatorNotYours");
        }
        return facilitators;
    }

    /** Checks the form; returns the cancellation deadline to store. */
    private Instant check(SessionForm form) {
        String title = form.getTitle().strip();
        if (title.isEmpty()) {
            throw new DomainException("sessions.titleRequired");
        }
        if (title.length() > TITLE_MAX || (form.getDescription() != null && form.getDescription().length() > DESCRIPTION_MAX)) {
            throw new DomainException("validation.tooLong");
        }
        form.setTitle(title);
        Instant start = form.getStartsAt();
        Instant end = form.getEndsAt();
        if (start == null || end == null) {
            throw new DomainException("sessions.timeRequired");
        }
        if (!end.isAfter(start)) {
            throw new DomainException("sessions.endBeforeStart");
        }
        if (form.getCapacity() < 1 || form.getCapacity() > CAPACITY_MAX) {
            throw new DomainException("sessions.capacityRange", CAPACITY_MAX);
        }
        if (form.getModuleCode() != null && moduleOptions().stream().noneMatch(m -> m.code().equals(form.getModuleCode()))) {
            throw new DomainException("sessions.unknownModule");
        }
        if (form.getCompetencyCode() != null
                && competencyOptions().stream().noneMatch(c -> c.code().equals(form.getCompetencyCode()))) {
            throw new DomainException("sessions.unknownCompetency");
        }
        String link = form.getOnlineLink();
        if (link != null && !link.isBlank() && !link.strip().startsWith("https://")) {
            throw new DomainException("sessions.linkHttps");
        }
        if ((form.getPlace() == null || form.getPlace().isBlank()) && (link == null || link.isBlank())) {
            throw new DomainException("sessions.placeRequired");
        }
        Instant deadline = form.getCancelDeadline() == null ? start.minus(DEFAULT_DEADLINE) : form.getCancelDeadline();
        if (deadline.isAfter(start)) {
            throw new DomainException("sessions.deadlineAfterStart");
        }
        checkAudience(form);
        return deadline;
    }

    private void checkAudience(SessionForm form) {
        OrganisationId mine = currentUser.organisationId();
        switch (form.getAudienceType()) {
            case MUNICIPALITY -> {
                if (form.getAudienceId() == 0) {
                    form.setAudienceId(mine.value());
                }
                if (form.getAudienceId() != mine.value()) {
                    throw new DomainException("sessions.audienceNotYours");
                }
            }
            case COHORT -> {
                boolean ours = cohorts.organisationCohorts().stream().map(CohortSummary::id)
                        .anyMatch(c -> c.value() == form.getAudienceId());
                if (!ours) {
                    throw new DomainException("sessions.audienceNotYours");
                }
            }
            case JOINT_PROGRAMME -> {
                boolean regie = form.getAudienceId() > 0 && joint.programme(new JointProgrammeId(form.getAudienceId()))
                        .map(JointProgrammeRef::regie).filter(mine::equals).isPresent();
                if (!regie) {
                    throw new DomainException("sessions.audienceNotYours");
                }
            }
        }
    }
}
