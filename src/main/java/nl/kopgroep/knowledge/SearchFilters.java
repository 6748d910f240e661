package nl.kopgroep.knowledge;

import java.util.List;
import java.util.Map;
import nl.kopgroep.base.OrganisationId;

/** What the filters offer: the themes and competencies used in visible practices, and the municipalities they come from. */
public record SearchFilters(List<String> themes, Map<String, String> competencies,
                            Map<OrganisationId, String> municipalities) {
}
