package nl.kopgroep.joint;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage the joint programmes their municipality takes part in. The regiegemeente's
 * administrators change the programme (name, members, opgaven, handing the regie to another member); every
 * member's administrators attach and detach their own cohorts. A programme the municipality does not take
 * part in is not found; a change only the regie may make is refused with a message for a member.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class JointProgrammeAdminService {

    static final String PROGRAMME_CHANGED = "JOINT_PROGRAMME_CHANGED";
    static final String MEMBER_ADDED = "JOINT_MEMBER_ADDED";
    static final String MEMBER_REMOVED = "JOINT_MEMBER_REMOVED";
    static final String REGIE_HANDED_OVER = "JOINT_REGIE_HANDED_OVER";
    static final String COHORT_ATTACHED = "JOINT_COHORT_ATTACHED";
    static final String COHORT_DETACHED = "JOINT_COHORT_DETACHED";
    static final String OPGAVE_ADDED = "JOINT_OPGAVE_ADDED";
    static final String OPGAVE_CHANGED = "JOINT_OPGAVE_CHANGED";
    static final String OPGAVE_REMOVED = "JOINT_OPGAVE_REMOVED";

    private final JointProgrammeStore store;
    private final JointOpgaveStore opgaven;
    private final OrganisationDirectory organisations;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    JointProgrammeAdminService(JointProgrammeStore store, JointOpgaveStore opgaven, OrganisationDirectory organisations,
                               CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.store = store;
        this.opgaven = opgaven;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The programmes my municipality takes part in. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<JointProgrammeRef> myProgrammes() {
        return store.ofOrganisation(currentUser.organisationId());
    }

    /** One of my municipality's programmes; not found for any other. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public JointProgrammeOverview overview(JointProgrammeId id) {
        JointProgrammeRef programme = mine(id);
        OrganisationId me = currentUser.organisationId();
        List<OrganisationId> members = store.members(id);
        Map<OrganisationId, String> names = organisations.organisationNames(members);
        Map<CohortId, OrganisationId> attached = store.cohorts(id);
        Set<CohortId> own = organisations.activeParticipants(me).keySet();
        Map<CohortId, JointProgrammeId> programmesOfOwn = store.programmesOfCohorts(own);
        List<CohortId> named = new ArrayList<>(attached.keySet());
        named.addAll(own);
        Map<CohortId, String> cohortNames = organisations.cohortNames(named);
        List<JointProgrammeOverview.Member> memberList = members.stream().map(member ->
                        new JointProgrammeOverview.Member(member, names.getOrDefault(member, ""),
                                member.equals(programme.regie()),
                                attached.entrySet().stream().filter(e -> e.getValue().equals(member))
                                        .map(e -> cohortNames.getOrDefault(e.getKey(), "")).sorted().toList()))
                .sorted(Comparator.comparing(JointProgrammeOverview.Member::name)).toList();
        List<JointProgrammeOverview.OwnCohort> ownCohorts = own.stream().map(cohort ->
                        new JointProgrammeOverview.OwnCohort(cohort, cohortNames.getOrDefault(cohort, ""),
                                id.equals(programmesOfOwn.get(cohort)),
                                programmesOfOwn.containsKey(cohort) && !id.equals(programmesOfOwn.get(cohort))))
                .sorted(Comparator.comparing(JointProgrammeOverview.OwnCohort::name)).toList();
        return new JointProgrammeOverview(programme, store.description(id), programme.regie().equals(me), memberList,
                opgaven.opgaven(id), ownCohorts);
    }

    /** Renames the programme (regie only). */
    @PreAuthorize("hasRole('ADMIN')")
    public void rename(JointProgrammeId id, String name, @Nullable String description) {
        regie(id);
        store.rename(id, required(name, 200, "joint.admin.name"), optional(description, 2000));
        audit.record(PROGRAMME_CHANGED, "joint_programme:" + id);
    }

    /** Adds a municipality by its code (regie only). */
    @PreAuthorize("hasRole('ADMIN')")
    public void addMember(JointProgrammeId id, String organisationCode) {
        regie(id);
        OrganisationId member = organisations.organisationByCode(organisationCode.trim())
                .orElseThrow(() -> new DomainException("joint.error.unknownMunicipality"));
        store.addMember(id, member, clock.instant());
        audit.record(MEMBER_ADDED, "joint_programme:" + id + " organisation:" + member);
    }

    /** Takes a municipality out with its cohorts and its participants' links to the opgaven (regie only; never the regie). */
    @PreAuthorize("hasRole('ADMIN')")
    public void removeMember(JointProgrammeId id, OrganisationId member) {
        JointProgrammeRef programme = regie(id);
        if (member.equals(programme.regie())) {
            throw new DomainException("joint.error.regieStays");
        }
        if (!store.members(id).contains(member)) {
            throw new NotFoundException();
        }
        opgaven.unlinkOrganisation(id, member);
        store.removeMember(id, member);
        audit.record(MEMBER_REMOVED, "joint_programme:" + id + " organisation:" + member);
    }

    /** Hands the regie to another member, explicitly (regie only). */
    @PreAuthorize("hasRole('ADMIN')")
    public void handOverRegie(JointProgrammeId id, OrganisationId to) {
        JointProgrammeRef programme = regie(id);
        if (!store.members(id).contains(to)) {
            throw new NotFoundException();
        }
        if (to.equals(programme.regie())) {
            return;
        }
        store.handOverRegie(id, to);
        audit.record(REGIE_HANDED_OVER, "joint_programme:" + id + " from:" + programme.regie() + " to:" + to);
    }

    /** Attaches one of my municipality's cohorts (any member's administrator, for their own cohorts). */
    @PreAuthorize("hasRole('ADMIN')")
    public void attachCohort(JointProgrammeId id, CohortId cohort) {
        mine(id);
        OrganisationId me = currentUser.organisationId();
        if (!organisations.cohortOrganisation(cohort).map(me::equals).orElse(false)) {
            throw new NotFoundException();
        }
        JointProgrammeId current = store.programmesOfCohorts(List.of(cohort)).get(cohort);
        if (id.equals(current)) {
            return;
        }
        if (current != null) {
            throw new DomainException("joint.error.cohortElsewhere");
        }
        store.attachCohort(id, cohort, me, currentUser.id(), clock.instant());
        audit.record(COHORT_ATTACHED, "joint_programme:" + id + " cohort:" + cohort);
    }

    /** Detaches one of my municipality's cohorts. */
    @PreAuthorize("hasRole('ADMIN')")
    public void detachCohort(JointProgrammeId id, CohortId cohort) {
        mine(id);
        if (!organisations.cohortOrganisation(cohort).map(currentUser.organisationId()::equals).orElse(false)) {
            throw new NotFoundException();
        }
        if (store.detachCohort(id, cohort)) {
            audit.record(COHORT_DETACHED, "joint_programme:" + id + " cohort:" + cohort);
        }
    }

    /** A new shared opgave (regie only). */
    @PreAuthorize("hasRole('ADMIN')")
    public long addOpgave(JointProgrammeId id, String title, @Nullable String description) {
        regie(id);
        long opgave = opgaven.add(id, required(title, 200, "joint.opgave.title"), optional(description, 2000),
                currentUser.id(), clock.instant());
        audit.record(OPGAVE_ADDED, "joint_opgave:" + opgave);
        return opgave;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void changeOpgave(long opgave, String title, @Nullable String description) {
        regie(programmeOfOpgave(opgave));
        opgaven.change(opgave, required(title, 200, "joint.opgave.title"), optional(description, 2000));
        audit.record(OPGAVE_CHANGED, "joint_opgave:" + opgave);
    }

    /** Removes an opgave; the goals linked to it keep everything else (their own commitments). */
    @PreAuthorize("hasRole('ADMIN')")
    public void removeOpgave(long opgave) {
        regie(programmeOfOpgave(opgave));
        opgaven.remove(opgave);
        audit.record(OPGAVE_REMOVED, "joint_opgave:" + opgave);
    }

    private JointProgrammeId programmeOfOpgave(long opgave) {
        return opgaven.programmeOf(opgave).orElseThrow(NotFoundException::new);
    }

    /** The programme if my municipality takes part; not found otherwise. */
    private JointProgrammeRef mine(JointProgrammeId id) {
        JointProgrammeRef programme = store.find(id).orElseThrow(NotFoundException::new);
        OrganisationId me = currentUser.organisationId();
        if (!programme.regie().equals(me) && !store.members(id).contains(me)) {
            throw new NotFoundException();
        }
        return programme;
    }

    private JointProgrammeRef regie(JointProgrammeId id) {
        JointProgrammeRef programme = mine(id);
        if (!programme.regie().equals(currentUser.organisationId())) {
            throw new DomainException("joint.error.notRegie");
        }
        return programme;
    }

    static String required(@Nullable String text, int max, String field) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new DomainException("joint.error.required", field);
        }
        if (value.length() > max) {
            throw new DomainException("joint.error.tooLong", field, max);
        }
        return value;
    }

    static @Nullable String optional(@Nullable String text, int max) {
        String value = text == null ? "" : text.strip();
        if (value.length() > max) {
            throw new DomainException("joint.error.tooLong", "joint.opgave.description", max);
        }
        return value.isEmpty() ? null : value;
    }
}
