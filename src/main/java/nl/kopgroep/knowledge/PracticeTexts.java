package nl.kopgroep.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.MunicipalRole;

/** The rules for what an author writes, the search text made of it, and the draft's tag line format. */
final class PracticeTexts {

    static final int MAX_PARTNERS = 10;
    static final int PARTNER_MAX = 200;

    private PracticeTexts() {
    }

    /** Refuses a form that cannot be published, with a Dutch message key. */
    static PracticeForm checked(PracticeForm form, List<String> themes, Set<String> competencies) {
        if (form.title().isBlank()) {
            throw new DomainException("knowledge.error.titleRequired");
        }
        if (form.title().strip().length() > PracticeForm.TITLE_MAX) {
            throw new DomainException("knowledge.error.titleTooLong", PracticeForm.TITLE_MAX);
        }
        for (String field : List.of(form.intention(), form.happened(), form.difference(), form.lessons())) {
            if (field.isBlank()) {
                throw new DomainException("knowledge.error.fieldsRequired");
            }
            if (field.length() > PracticeForm.FIELD_MAX) {
                throw new DomainException("knowledge.error.fieldTooLong", PracticeForm.FIELD_MAX);
            }
        }
        if (!themes.containsAll(form.themes())) {
            throw new DomainException("knowledge.error.unknownTheme");
        }
        if (!competencies.containsAll(form.competencies())) {
            throw new DomainException("knowledge.error.unknownCompetency");
        }
        List<String> partners = new ArrayList<>(new LinkedHashSet<>(form.partners().stream().map(String::strip)
                .filter(p -> !p.isEmpty()).toList()));
        if (partners.size() > MAX_PARTNERS || partners.stream().anyMatch(p -> p.length() > PARTNER_MAX)) {
            throw new DomainException("knowledge.error.partners", MAX_PARTNERS, PARTNER_MAX);
        }
        return new PracticeForm(form.title().strip(), form.intention().strip(), form.happened().strip(),
                form.difference().strip(), form.lessons().strip(), form.sharing(),
                List.copyOf(new LinkedHashSet<>(form.themes())), form.roles(),
                List.copyOf(new LinkedHashSet<>(form.competencies())), partners);
    }

    /** The stems of everything a reader may search on; the title counts twice. */
    static String searchText(PracticeForm form) {
        StringBuilder text = new StringBuilder();
        text.append(form.title()).append(". ").append(form.title()).append(". ")
                .append(form.intention()).append(' ').append(form.happened()).append(' ')
                .append(form.difference()).append(' ').append(form.lessons()).append(' ');
        form.themes().forEach(t -> text.append(t).append(' '));
        form.roles().forEach(r -> text.append(r.name().toLowerCase(Locale.ROOT)).append(' '));
        form.competencies().forEach(c -> text.append(c.replace('-', ' ')).append(' '));
        form.partners().forEach(p -> text.append(p).append(' '));
        return DutchText.stems(text.toString());
    }

    /** The tags of a draft as lines {@code KIND<TAB>value}. */
    static String tagLines(PracticeForm form) {
        StringBuilder lines = new StringBuilder();
        form.themes().forEach(v -> lines.append(TagKind.THEME).append('\t').append(v.replace('\n', ' ')).append('\n'));
        form.roles().stream().sorted().forEach(v -> lines.append(TagKind.ROLE).append('\t').append(v.name()).append('\n'));
        form.competencies().forEach(v -> lines.append(TagKind.COMPETENCY).append('\t').append(v.replace('\n', ' ')).append('\n'));
        form.partners().forEach(v -> lines.append(TagKind.PARTNER).append('\t').append(v.replace('\n', ' ')).append('\n'));
        return lines.toString();
    }

    static PracticeForm fromDraft(KnowledgeStore.DraftRow draft) {
        List<String> themes = new ArrayList<>();
        Set<MunicipalRole> roles = new LinkedHashSet<>();
        List<String> competencies = new ArrayList<>();
        List<String> partners = new ArrayList<>();
        for (String line : draft.tags().split("\n")) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String kind = line.substring(0, tab);
            String value = line.substring(tab + 1);
            switch (kind) {
                case "THEME" -> themes.add(value);
                case "ROLE" -> {
                    try {
                        roles.add(MunicipalRole.valueOf(value));
                    } catch (IllegalArgumentException ignored) {
                        // a role that no longer exists is left out
                    }
                }
                case "COMPETENCY" -> competencies.add(value);
                case "PARTNER" -> partners.add(value);
                default -> {
                }
            }
        }
        return new PracticeForm(draft.title(), draft.intention(), draft.happened(), draft.difference(), draft.lessons(),
                draft.sharing(), themes, roles, competencies, partners);
    }

    /** A form with every text cut to what the columns hold, so a draft of anything typed can be stored. */
    static PracticeForm forDraft(PracticeForm form) {
        return new PracticeForm(cut(form.title(), PracticeForm.TITLE_MAX), cut(form.intention(), 60_000),
                cut(form.happened(), 60_000), cut(form.difference(), 60_000), cut(form.lessons(), 60_000),
                form.sharing(), form.themes(), form.roles(), form.competencies(), form.partners());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
