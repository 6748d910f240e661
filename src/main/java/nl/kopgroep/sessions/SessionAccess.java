package nl.kopgroep.sessions;

import java.util.Optional;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.joint.JointProgrammeDirectory;
import nl.kopgroep.joint.JointProgrammeRef;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.MyCohort;
import nl.kopgroep.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one rule of which session a participant may see: one for their cohort, for their municipality, or for the
 * joint programme their cohort belongs to — unless it is by invitation only — and every session they have a sign-up
 * for. Anything else is not found, never "forbidden".
 */
@Component
class SessionAccess {

    /** Where a participant stands: their cohort, municipality and (if attached) joint programme. */
    record Scope(UserId person, CohortId cohort, OrganisationId organisation, @Nullable Long jointProgramme) {

        boolean inAudience(SessionRow session) {
            return switch (session.audienceType()) {
                case COHORT -> session.audienceId() == cohort.value();
                case MUNICIPALITY -> session.audienceId() == organisation.value();
                case JOINT_PROGRAMME -> jointProgramme != null && session.audienceId() == jointProgramme;
            };
        }
    }

    private final CohortService cohorts;
    private final JointProgrammeDirectory joint;
    private final CurrentUser currentUser;
    private final SessionStore store;

    SessionAccess(CohortService cohorts, JointProgrammeDirectory joint, CurrentUser currentUser, SessionStore store) {
        this.cohorts = cohorts;
        this.joint = joint;
        this.currentUser = currentUser;
        this.store = store;
    }

    Optional<Scope> participantScope() {
        Optional<MyCohort> mine = cohorts.myCohort();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        CohortId cohort = mine.get().cohort().id();
        Long programme = joint.programmeOf(cohort).map(JointProgrammeRef::id).map(p -> p.value()).orElse(null);
        return Optional.of(new Scope(currentUser.id(), cohort, mine.get().cohort().organisationId(), programme));
    }

    Scope requireScope() {
        return participantScope().orElseThrow(NotFoundException::new);
    }

    /** The session if the participant may see it; otherwise not found. */
    SessionRow visible(Scope scope, SessionId id) {
        SessionRow session = store.find(id).orElseThrow(NotFoundException::new);
        if ((scope.inAudience(session) && !session.inviteOnly()) || store.signup(id, scope.person()).isPresent()) {
            return session;
        }
        throw new NotFoundException();
    }
}
