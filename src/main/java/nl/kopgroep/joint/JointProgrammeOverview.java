package nl.kopgroep.joint;

import java.util.List;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A joint programme as an administrator of a taking-part municipality manages it: the members with their
 * attached cohorts (names of municipalities and cohorts cross the border, never a person), the opgaven, and the
 * administrator's own cohorts to attach or detach. {@code regie}: the reader's municipality has the regie.
 */
public record JointProgrammeOverview(JointProgrammeRef ref, @Nullable String description, boolean regie,
                                     List<Member> members, List<JointOpgave> opgaven, List<OwnCohort> ownCohorts) {

    public record Member(OrganisationId id, String name, boolean regie, List<String> cohorts) {
    }

    /** One of the reader's own cohorts: attached to this programme, or to none, or to another (not attachable). */
    public record OwnCohort(CohortId id, String name, boolean attached, boolean elsewhere) {
    }
}
