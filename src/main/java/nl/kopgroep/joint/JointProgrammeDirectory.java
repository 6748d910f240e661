package nl.kopgroep.joint;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.OrganisationId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The joint programmes' facts other features need: which programme a cohort belongs to, which
 * municipalities and cohorts take part, which municipality has the regie.
 *
 * <p>Like the other directories this is not a security boundary: it answers for any id. Only
 * services that have already authorised the caller (and the demo loaders) use it, never a view.
 */
@Component
@Transactional(readOnly = true)
public class JointProgrammeDirectory {

    private final JointProgrammeStore store;

    JointProgrammeDirectory(JointProgrammeStore store) {
        this.store = store;
    }

    public Optional<JointProgrammeRef> programme(JointProgrammeId programme) {
        return store.find(programme);
    }

    /** The joint programme the cohort is attached to, if any. */
    public Optional<JointProgrammeRef> programmeOf(CohortId cohort) {
        return store.ofCohort(cohort);
    }

    /** For each of these cohorts that is attached, its programme. */
    public Map<CohortId, JointProgrammeId> programmesOf(Collection<CohortId> cohorts) {
        return store.programmesOfCohorts(cohorts);
    }

    /** The programmes the municipality takes part in, as regiegemeente or member. */
    public List<JointProgrammeRef> programmesOf(OrganisationId organisation) {
        return store.ofOrganisation(organisation);
    }

    /** The programmes whose regiegemeente this municipality is. */
    public List<JointProgrammeRef> programmesWithRegie(OrganisationId organisation) {
        return store.ofOrganisation(organisation).stream().filter(p -> p.regie().equals(organisation)).toList();
    }

    /** The municipalities taking part (the regiegemeente included). */
    public List<OrganisationId> municipalitiesOf(JointProgrammeId programme) {
        return store.members(programme);
    }

    /** The cohorts attached to the programme, each with its municipality. */
    public Map<CohortId, OrganisationId> cohortsOf(JointProgrammeId programme) {
        return store.cohorts(programme);
    }
}
