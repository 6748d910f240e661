package nl.kopgroep.knowledge;

import java.util.List;
import java.util.Set;
import nl.kopgroep.base.MunicipalRole;

/**
 * What the author writes: a title, the four After Action Review answers, with whom it is shared and its tags.
 *
 * @param intention  wat was de bedoeling?
 * @param happened   wat gebeurde er werkelijk?
 * @param difference waarom was er verschil?
 * @param lessons    wat leren we ervan?
 */
public record PracticeForm(String title, String intention, String happened, String difference, String lessons,
                           Sharing sharing, List<String> themes, Set<MunicipalRole> roles, List<String> competencies,
                           List<String> partners) {

    public static final int TITLE_MAX = 200;
    public static final int FIELD_MAX = 8000;

    public PracticeForm {
        title = title == null ? "" : title;
        intention = intention == null ? "" : intention;
        happened = happened == null ? "" : happened;
        difference = difference == null ? "" : difference;
        lessons = lessons == null ? "" : lessons;
        sharing = sharing == null ? Sharing.MUNICIPALITY : sharing;
        themes = themes == null ? List.of() : List.copyOf(themes);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    public static PracticeForm empty() {
        return new PracticeForm("", "", "", "", "", Sharing.MUNICIPALITY, List.of(), Set.of(), List.of(), List.of());
    }
}
