package nl.kopgroep.rolemodels;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;
import nl.kopgroep.sessions.SessionForm;
import nl.kopgroep.sessions.SessionKind;
import nl.kopgroep.sessions.SessionPlanningService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for a conversation with a role model. A participant asks with their question; the request goes to the
 * administrators of the role model's municipality, or to the role model's own account when its setting says so and
 * the account is active (a deactivated account never receives a request: it goes to the administrators). The
 * handler accepts or declines with a short answer and afterwards logs the meeting, which gives the participant a
 * journal prompt. Each step is a notification to the other side. Ids not theirs are not found.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class RoleModelRequestService {

    private final RoleModelStore store;
    private final RoleModelService directory;
    private final OrganisationDirectory organisations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SessionPlanningService sessions;
    private final ZoneId zone;

    RoleModelRequestService(RoleModelStore store, RoleModelService directory, OrganisationDirectory organisations,
                            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                            SessionPlanningService sessions, @Value("${kopgroep.time-zone}") ZoneId zone) {
        this.sessions = sessions;
        this.zone = zone;
        this.store = store;
        this.directory = directory;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Asks a role model I may see for a conversation. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    public long request(long roleModel, String question) {
        RoleModelStore.Row row = directory.visible(roleModel);
        String text = RoleModelAdminService.required(question, 2000, "roleModels.request.question");
        boolean toRoleModel = row.routing() == Routing.ROLE_MODEL && row.account() != null
                && organisations.activeAccountOrganisation(row.account()).isPresent();
        Routing routedTo = toRoleModel ? Routing.ROLE_MODEL : Routing.ADMIN;
        long id = store.request(roleModel, currentUser.id(), currentUser.organisationId(), text, routedTo,
                clock.instant());
        List<UserId> recipients = toRoleModel ? List.of(row.account())
                : organisations.activeWithRole(Role.ADMIN).getOrDefault(row.organisation(), List.of());
        events.publishEvent(new RoleModelRequested(id, recipients, currentUser.require().displayName()));
        return id;
    }

    /** My own requests, newest first. */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public List<RoleModelRequestView> myRequests() {
        return views(store.requestsOf(currentUser.id()));
    }

    /** The requests I handle, open ones first: as administrator of the role models' municipality, or as role model. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RoleModelRequestView> incoming() {
        return views(store.requestsHandledBy(adminOf(), currentUser.id()));
    }

    /** Whether I handle any request (the page's menu entry). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean handlesRequests() {
        return currentUser.hasRole(Role.ADMIN) || !store.ofAccount(currentUser.id()).isEmpty();
    }

    @PreAuthorize("isAuthenticated()")
    public void accept(long request, @Nullable String answer) {
        decide(request, RequestStatus.ACCEPTED, answer);
    }

    @PreAuthorize("isAuthenticated()")
    public void decline(long request, @Nullable String answer) {
        decide(request, RequestStatus.DECLINED, answer);
    }

    /** Logs that the accepted conversation took place; the participant gets a journal prompt. */
    @PreAuthorize("isAuthenticated()")
    public void logMeeting(long request, LocalDate on) {
        RoleModelStore.Request found = handled(request);
        if (found.status() != RequestStatus.ACCEPTED) {
            throw new DomainException("roleModels.error.notAccepted");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new DomainException("roleModels.error.meetingFuture");
        }
        store.logMeeting(request, on, currentUser.id(), clock.instant());
        events.publishEvent(new RoleModelAnswered(request, found.participant(), currentUser.require().displayName()));
    }

    /**
     * Plans the accepted conversation as a session of kind rolmodelgesprek, with a seat for the participant only
     * (sessions' {@link SessionPlanningService#planConversation}): for an administrator of the participant's own
     * municipality. A participant of another municipality (a role model shared with the joint programme) cannot be
     * given a seat in this municipality's session; their conversation is logged as a meeting instead.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public long planAsSession(long request, String title, @Nullable Instant startsAt, @Nullable Instant endsAt,
                              @Nullable String place, @Nullable String onlineLink) {
        RoleModelStore.Request found = handled(request);
        if (found.status() != RequestStatus.ACCEPTED) {
            throw new DomainException("roleModels.error.notAccepted");
        }
        if (!plannable(found)) {
            throw new DomainException("roleModels.error.sessionOtherMunicipality");
        }
        if (startsAt == null || endsAt == null) {
            throw new DomainException("roleModels.error.sessionTime");
        }
        SessionForm form = SessionForm.of(SessionKind.ROLMODELGESPREK, title, startsAt, endsAt, 1);
        form.setPlace(place);
        form.setOnlineLink(onlineLink);
        long session = sessions.planConversation(form, List.of(found.participant()));
        store.planSession(request, session, LocalDate.ofInstant(startsAt, zone), currentUser.id(), clock.instant());
        events.publishEvent(new RoleModelAnswered(request, found.participant(), currentUser.require().displayName()));
        return session;
    }

    private boolean plannable(RoleModelStore.Request request) {
        return request.status() == RequestStatus.ACCEPTED && currentUser.hasRole(Role.ADMIN)
                && request.participantOrganisation().equals(currentUser.organisationId());
    }

    private void decide(long request, RequestStatus status, @Nullable String answer) {
        RoleModelStore.Request found = handled(request);
        if (found.status() != RequestStatus.ASKED) {
            throw new DomainException("roleModels.error.alreadyAnswered");
        }
        String text = RoleModelAdminService.optional(answer, 2000, "roleModels.request.answer");
        store.answer(request, status, text, currentUser.id(), clock.instant());
        events.publishEvent(new RoleModelAnswered(request, found.participant(), currentUser.require().displayName()));
    }

    /** A request I handle; not found otherwise. */
    private RoleModelStore.Request handled(long request) {
        return store.requestsHandledBy(adminOf(), currentUser.id()).stream().filter(r -> r.id() == request)
                .findFirst().orElseThrow(NotFoundException::new);
    }

    private @Nullable OrganisationId adminOf() {
        return currentUser.hasRole(Role.ADMIN) ? currentUser.organisationId() : null;
    }

    /** A request of mine that ended in a logged meeting (the journal prompt); empty otherwise. */
    java.util.Optional<RoleModelRequestView> myLoggedMeeting(long request) {
        return store.findRequest(request)
                .filter(r -> r.participant().equals(currentUser.id()) && r.outcome() == Outcome.LOGGED_MEETING)
                .map(r -> views(List.of(r)).getFirst());
    }

    private List<RoleModelRequestView> views(List<RoleModelStore.Request> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        Set<UserId> people = new HashSet<>();
        Set<OrganisationId> municipalities = new HashSet<>();
        Map<Long, String> roleModels = new java.util.HashMap<>();
        for (RoleModelStore.Request r : requests) {
            people.add(r.participant());
            municipalities.add(r.participantOrganisation());
            roleModels.computeIfAbsent(r.roleModel(), id -> store.find(id).map(RoleModelStore.Row::name).orElse(""));
        }
        Map<UserId, String> names = organisations.displayNames(people);
        Map<OrganisationId, String> municipalityNames = organisations.organisationNames(municipalities);
        List<RoleModelRequestView> result = new ArrayList<>();
        for (RoleModelStore.Request r : requests) {
            result.add(new RoleModelRequestView(r.id(), r.roleModel(), roleModels.get(r.roleModel()),
                    names.getOrDefault(r.participant(), ""), municipalityNames.getOrDefault(r.participantOrganisation(), ""),
                    r.question(), r.status(), r.routedTo(), r.answer(), r.outcome(), r.meetingOn(), r.createdAt(),
                    r.session(), plannable(r)));
        }
        return result;
    }
}
