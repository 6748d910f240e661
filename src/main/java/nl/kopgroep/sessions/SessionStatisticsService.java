package nl.kopgroep.sessions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.SmallGroups;
import nl.kopgroep.base.UserId;
import nl.kopgroep.joint.JointProgrammeDirectory;
import nl.kopgroep.joint.JointProgrammeId;
import nl.kopgroep.joint.JointProgrammeRef;
import nl.kopgroep.organisation.CohortMembers;
import nl.kopgroep.organisation.OrganisationCohortService;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance for management: per cohort of the manager's own municipality (k≥5, {@link SmallGroups}), never who was
 * there. The administrators of a joint programme's regiegemeente see the joint sessions' attendance per taking-part
 * municipality, also k≥5 — counts only, a read across the border listed in docs/cross-border.md.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
@Transactional(readOnly = true)
public class SessionStatisticsService {

    private final SessionStore store;
    private final OrganisationCohortService cohorts;
    private final OrganisationDirectory directory;
    private final JointProgrammeDirectory joint;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionStatisticsService(SessionStore store, OrganisationCohortService cohorts, OrganisationDirectory directory,
                             JointProgrammeDirectory joint, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.cohorts = cohorts;
        this.directory = directory;
        this.joint = joint;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Per cohort of my municipality: participants, how many came at least once, attendances, sessions held. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public List<CohortAttendance> attendancePerCohort() {
        Instant now = clock.instant();
        List<CohortMembers> mine = cohorts.organisationCohortMembers();
        List<UserId> everyone = mine.stream().flatMap(c -> c.participants().stream()).toList();
        Map<UserId, Integer> counts = store.attendanceCounts(everyone);
        Map<CohortId, JointProgrammeId> programmes = joint.programmesOf(mine.stream().map(c -> c.cohort().id()).toList());
        OrganisationId organisation = currentUser.organisationId();
        int municipal = store.heldFor(AudienceType.MUNICIPALITY, List.of(organisation.value()), now).size();
        Map<Long, Integer> perCohort = countBy(store.heldFor(AudienceType.COHORT,
                mine.stream().map(c -> c.cohort().id().value()).toList(), now));
        Map<Long, Integer> perProgramme = countBy(store.heldFor(AudienceType.JOINT_PROGRAMME,
                programmes.values().stream().map(JointProgrammeId::value).distinct().toList(), now));
        List<CohortAttendance> result = new ArrayList<>();
        for (CohortMembers cohort : mine) {
            JointProgrammeId programme = programmes.get(cohort.cohort().id());
            int held = municipal + perCohort.getOrDefault(cohort.cohort().id().value(), 0)
                    + (programme == null ? 0 : perProgramme.getOrDefault(programme.value(), 0));
            result.add(figure(cohort.cohort().name(), cohort.participants(), counts, held));
        }
        return result;
    }

    /** For each joint programme my municipality leads: its sessions' attendance per taking-part municipality. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<JointAttendance> jointAttendance() {
        Instant now = clock.instant();
        List<JointAttendance> result = new ArrayList<>();
        for (JointProgrammeRef programme : joint.programmesWithRegie(currentUser.organisationId())) {
            List<SessionRow> held = store.heldFor(AudienceType.JOINT_PROGRAMME, List.of(programme.id().value()), now);
            Set<UserId> present = new HashSet<>(store.presentIn(held.stream().map(SessionRow::id).toList()));
            Map<CohortId, OrganisationId> attached = joint.cohortsOf(programme.id());
            Map<CohortId, List<UserId>> participants = directory.activeParticipants(attached.keySet());
            List<OrganisationId> municipalities = joint.municipalitiesOf(programme.id());
            List<CohortAttendance> rows = new ArrayList<>();
            for (OrganisationId municipality : municipalities) {
                List<UserId> people = attached.entrySet().stream().filter(e -> e.getValue().equals(municipality))
                        .flatMap(e -> participants.getOrDefault(e.getKey(), List.of()).stream()).distinct().toList();
                int reached = (int) people.stream().filter(present::contains).count();
                String name = municipalityName(municipality);
                rows.add(SmallGroups.shown(people.size())
                        ? new CohortAttendance(name, true, people.size(), reached, reached, held.size())
                        : new CohortAttendance(name, false, 0, 0, 0, held.size()));
            }
            result.add(new JointAttendance(programme.name(), held.size(), rows));
        }
        return result;
    }

    private String municipalityName(OrganisationId organisation) {
        return directory.organisationName(organisation).orElse("");
    }

    private static CohortAttendance figure(String name, List<UserId> participants, Map<UserId, Integer> counts, int held) {
        if (!SmallGroups.shown(participants.size())) {
            return new CohortAttendance(name, false, 0, 0, 0, held);
        }
        int reached = (int) participants.stream().filter(p -> counts.getOrDefault(p, 0) > 0).count();
        int attendances = participants.stream().mapToInt(p -> counts.getOrDefault(p, 0)).sum();
        return new CohortAttendance(name, true, participants.size(), reached, attendances, held);
    }

    private static Map<Long, Integer> countBy(List<SessionRow> rows) {
        Map<Long, Integer> result = new java.util.HashMap<>();
        rows.forEach(r -> result.merge(r.audienceId(), 1, Integer::sum));
        return result;
    }
}
