package nl.kopgroep.rolemodels;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.joint.JointProgrammeDirectory;
import nl.kopgroep.joint.JointProgrammeId;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.programme.Competency;
import nl.kopgroep.programme.ProgrammeService;
import nl.kopgroep.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Shared by the role-model services (which have authorised the caller): the municipalities whose shared role
 * models the signed-in person may see, and rows turned into cards with names.
 */
@Component
class RoleModelCards {

    private final JointProgrammeDirectory joint;
    private final CohortService cohorts;
    private final OrganisationDirectory organisations;
    private final ProgrammeService programme;
    private final CurrentUser currentUser;

    RoleModelCards(JointProgrammeDirectory joint, CohortService cohorts, OrganisationDirectory organisations,
                   ProgrammeService programme, CurrentUser currentUser) {
        this.joint = joint;
        this.cohorts = cohorts;
        this.organisations = organisations;
        this.programme = programme;
        this.currentUser = currentUser;
    }

    /** The other municipalities of the joint programme(s) the signed-in person's cohorts belong to. */
    Set<OrganisationId> partners() {
        Set<OrganisationId> partners = new HashSet<>();
        for (JointProgrammeId id : new HashSet<>(joint.programmesOf(cohorts.myCohortIds()).values())) {
            partners.addAll(joint.municipalitiesOf(id));
        }
        partners.remove(currentUser.organisationId());
        return partners;
    }

    List<RoleModelCard> cards(Collection<RoleModelStore.Row> rows) {
        Map<OrganisationId, String> names = organisations.organisationNames(
                rows.stream().map(RoleModelStore.Row::organisation).collect(Collectors.toSet()));
        Map<String, String> competencies = programme.competencies().stream()
                .collect(Collectors.toMap(Competency::code, Competency::name, (a, b) -> a));
        OrganisationId me = currentUser.organisationId();
        return rows.stream().map(r -> new RoleModelCard(r.id(), r.name(), r.roleTitle(), r.employer(), r.inside(),
                r.askAbout(), r.contactPreference(),
                r.competencies().stream().map(c -> competencies.getOrDefault(c, c)).toList(),
                r.roles().stream().sorted().toList(), names.getOrDefault(r.organisation(), ""),
                r.organisation().equals(me))).toList();
    }

    RoleModelCard card(RoleModelStore.Row row) {
        return cards(List.of(row)).getFirst();
    }

    static boolean has(RoleModelStore.Row row, java.util.Optional<String> competency,
                       java.util.Optional<MunicipalRole> role) {
        return competency.map(row.competencies()::contains).orElse(true) && role.map(row.roles()::contains).orElse(true);
    }
}
