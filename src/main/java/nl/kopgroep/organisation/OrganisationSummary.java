package nl.kopgroep.organisation;

import nl.kopgroep.base.OrganisationId;

public record OrganisationSummary(OrganisationId id, String code, String name, boolean host, long accountCount) {
}
