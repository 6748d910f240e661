package nl.kopgroep.knowledge;

import java.util.List;
import nl.kopgroep.base.MunicipalRole;

/** A practice's tags as readers see them (competency codes stay codes; the view names them). */
public record PracticeTags(List<String> themes, List<MunicipalRole> roles, List<String> competencies,
                           List<String> partners) {
}
