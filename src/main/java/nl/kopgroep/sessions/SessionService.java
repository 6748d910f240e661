package nl.kopgroep.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.database.RetryOnWriteConflict;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.MyCohort;
import nl.kopgroep.organisation.Person;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's sessions: those open to them (their cohort, their municipality, the joint programme their cohort
 * belongs to), signing up alone or as a team, the waiting list, cancelling before the deadline, their case for a
 * casusworkshop and — once confirmed — the other cases, the harvest and the calendar file. A session the participant
 * may not see is not found.
 */
@Service
@PreAuthorize("hasRole('PARTICIPANT')")
@Transactional
public class SessionService {

    /** How far back "my sessions" reaches. */
    static final Duration PAST = Duration.ofDays(400);
    /** How far ahead the list looks. */
    static final Duration AHEAD = Duration.ofDays(800);
    static final int SITUATION_MAX = 2000;
    static final int QUESTION_MAX = 1000;

    private final SessionAccess access;
    private final SessionStore store;
    private final SessionViews views;
    private final Seats seats;
    private final SessionCalendar calendar;
    private final CohortService cohorts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionService(SessionAccess access, SessionStore store, SessionViews views, Seats seats, SessionCalendar calendar,
                   CohortService cohorts, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.store = store;
        this.views = views;
        this.seats = seats;
        this.calendar = calendar;
        this.cohorts = cohorts;
        this.events = events;
        this.clock = clock;
    }

    /** Upcoming sessions open to me, soonest first, with where I stand. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<SessionSummary> upcoming() {
        Optional<SessionAccess.Scope> scope = access.participantScope();
        if (scope.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return views.summaries(rows(scope.get(), now.minus(Duration.ofHours(12)), now.plus(AHEAD)).stream()
                .filter(r -> r.endsAt().isAfter(now)).toList(), scope.get().person());
    }

    /** The sessions I signed up for, was invited to or attended, past and future, newest first. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<SessionSummary> mine() {
        Optional<SessionAccess.Scope> scope = access.participantScope();
        if (scope.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return views.summaries(rows(scope.get(), now.minus(PAST), now.plus(AHEAD)), scope.get().person()).stream()
                .filter(s -> s.myStatus() != null && s.myStatus() != SignupStatus.CANCELLED)
                .sorted(Comparator.comparing(SessionSummary::startsAt).reversed()).toList();
    }

    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public SessionDetail session(SessionId id) {
        SessionAccess.Scope scope = access.requireScope();
        return views.detail(access.visible(scope, id), scope.person(), clock.instant());
    }

    /** Signs me up: a seat while there is one, else a place on the waiting list. */
    @RetryOnWriteConflict
    @PreAuthorize("hasRole('PARTICIPANT')")
    public SignupStatus signUp(SessionId id) {
        SessionAccess.Scope scope = access.requireScope();
        access.visible(scope, id);
        SessionRow session = seats.lock(id);
        requireOpen(session);
        return seats.take(session, scope.person(), null);
    }

    /**
     * Signs me up and invites colleagues of my own cohort; each confirms or declines ({@link #acceptInvitation}),
     * and only then takes a seat or a place on the waiting list. Returns my own status.
     */
    @RetryOnWriteConflict
    @PreAuthorize("hasRole('PARTICIPANT')")
    public SignupStatus signUpTeam(SessionId id, Collection<UserId> colleagues) {
        SessionAccess.Scope scope = access.requireScope();
        access.visible(scope, id);
        Set<UserId> fellows = fellowIds();
        for (UserId colleague : colleagues) {
            if (!fellows.contains(colleague)) {
                throw new DomainException("sessions.teamNotInCohort");
            }
        }
        SessionRow session = seats.lock(id);
        requireOpen(session);
        SignupStatus mine = seats.take(session, scope.person(), null);
        List<UserId> invited = new ArrayList<>();
        for (UserId colleague : colleagues) {
            if (!colleague.equals(scope.person()) && seats.invite(session, colleague, scope.person())) {
                invited.add(colleague);
            }
        }
        if (!invited.isEmpty()) {
            events.publishEvent(new SessionEvent(SessionEvent.Type.TEAM_INVITATION, id, session.title(), invited));
        }
        return mine;
    }

    /** The colleagues of my cohort I may sign up as a team. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<Person> teamCandidates() {
        return cohorts.myCohort().map(MyCohort::fellowParticipants).orElse(List.of());
    }

    /** Confirms a colleague's team invitation: a seat if there is one, else the waiting list. */
    @RetryOnWriteConflict
    @PreAuthorize("hasRole('PARTICIPANT')")
    public SignupStatus acceptInvitation(SessionId id) {
        SessionAccess.Scope scope = access.requireScope();
        access.visible(scope, id);
        SessionRow session = seats.lock(id);
        Signup invitation = store.lockedSignup(id, scope.person())
                .filter(s -> s.status() == SignupStatus.INVITED).orElseThrow(NotFoundException::new);
        requireOpen(session);
        return seats.take(session, scope.person(), invitation.invitedBy());
    }

    @RetryOnWriteConflict
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void declineInvitation(SessionId id) {
        SessionAccess.Scope scope = access.requireScope();
        access.visible(scope, id);
        SessionRow session = seats.lock(id);
        Signup invitation = store.lockedSignup(id, scope.person())
                .filter(s -> s.status() == SignupStatus.INVITED).orElseThrow(NotFoundException::new);
        seats.release(session, invitation);
    }

    /** Cancels my sign-up before the deadline; my seat goes to the first on the waiting list at once. */
    @RetryOnWriteConflict
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void cancel(SessionId id) {
        SessionAccess.Scope scope = access.requireScope();
        access.visible(scope, id);
        SessionRow session = seats.lock(id);
        Signup mine = store.lockedSignup(id, scope.person())
                .filter(s -> s.status() == SignupStatus.CONFIRMED || s.status() == SignupStatus.WAITING)
                .orElseThrow(() -> new DomainException("sessions.notSignedUp"));
        if (!clock.instant().isBefore(session.cancelDeadline())) {
            throw new DomainException("sessions.deadlinePassed");
        }
        seats.release(session, mine);
    }

    /** Submits (or changes) my case for a casusworkshop I signed up for, before it starts. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public void submitCase(SessionId id, CaseForm form) {
        SessionAccess.Scope scope = access.requireScope();
        SessionRow session = access.visible(scope, id);
        if (session.kind() != SessionKind.CASUSWORKSHOP) {
            throw new DomainException("sessions.notACaseWorkshop");
        }
        Optional<Signup> mine = store.signup(id, scope.person());
        if (mine.isEmpty() || (mine.get().status() != SignupStatus.CONFIRMED && mine.get().status() != SignupStatus.WAITING)) {
            throw new DomainException("sessions.notSignedUp");
        }
        if (!clock.instant().isBefore(session.startsAt())) {
            throw new DomainException("sessions.started");
        }
        String situation = form.situation() == null ? "" : form.situation().strip();
        String question = form.question() == null ? "" : form.question().strip();
        if (situation.isEmpty() || question.isEmpty()) {
            throw new DomainException("sessions.caseIncomplete");
        }
        if (situation.length() > SITUATION_MAX || question.length() > QUESTION_MAX) {
            throw new DomainException("validation.tooLong");
        }
        store.saveCase(id, scope.person(), situation, question, form.role(), clock.instant());
    }

    /**
     * The cases of a casusworkshop, for its confirmed participants only (a joint session's cases come from several
     * municipalities: this is one of the reads across the border, docs/cross-border.md). Anyone else: not found.
     */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<SessionCase> cases(SessionId id) {
        SessionAccess.Scope scope = access.requireScope();
        access.visible(scope, id);
        store.signup(id, scope.person()).filter(s -> s.status() == SignupStatus.CONFIRMED)
                .orElseThrow(NotFoundException::new);
        List<SessionStore.CaseRow> rows = store.cases(id);
        Map<UserId, String> names = views.nameMap(rows.stream().map(SessionStore.CaseRow::author).toList());
        return rows.stream().map(c -> new SessionCase(names.getOrDefault(c.author(), ""), c.situation(), c.question(),
                c.role(), c.submittedAt())).toList();
    }

    /** The graphic recording of a session I may see. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public RecordingFile recording(SessionId id) {
        SessionAccess.Scope scope = access.requireScope();
        access.visible(scope, id);
        SessionStore.RecordingMeta meta = store.recording(id).orElseThrow(NotFoundException::new);
        return new RecordingFile(meta.fileName(), meta.contentType(),
                store.recordingContent(id).orElseThrow(NotFoundException::new));
    }

    /** The session as an .ics file (RFC 5545). */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public String calendarFile(SessionId id) {
        SessionAccess.Scope scope = access.requireScope();
        return calendar.write(List.of(access.visible(scope, id)), clock.instant());
    }

    private List<SessionRow> rows(SessionAccess.Scope scope, Instant from, Instant until) {
        return store.openTo(scope.person(), scope.cohort().value(), scope.organisation(), scope.jointProgramme(),
                from, until);
    }

    private Set<UserId> fellowIds() {
        return teamCandidates().stream().map(Person::id).collect(Collectors.toSet());
    }

    private void requireOpen(SessionRow session) {
        if (session.cancelled()) {
            throw new DomainException("sessions.cancelled");
        }
        if (!clock.instant().isBefore(session.startsAt())) {
            throw new DomainException("sessions.started");
        }
    }
}
