package nl.kopgroep.joint;

import nl.kopgroep.base.OrganisationId;

/** A joint programme as other features need it: its id, name and regiegemeente. */
public record JointProgrammeRef(JointProgrammeId id, String name, OrganisationId regie) {
}
