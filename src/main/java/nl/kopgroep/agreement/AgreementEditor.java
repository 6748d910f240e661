package nl.kopgroep.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.kopgroep.agreement.AgreementDocument.Ambition;
import nl.kopgroep.agreement.AgreementDocument.Commitment;
import nl.kopgroep.agreement.AgreementDocument.Indicator;
import nl.kopgroep.agreement.AgreementDocument.Theme;
import nl.kopgroep.base.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * Changes to an agreement made in the app rather than by importing a file: each returns a new
 * document, checked by the same rules as an import. Codes of existing items never change, because
 * goals link to them; a new item gets a code that is not yet used.
 */
final class AgreementEditor {

    static final int MAX_TITLE = 500;
    static final int MAX_AGREEMENT_TITLE = 300;
    static final int MAX_BUDGET_PROGRAMME = 200;
    static final int MAX_INDICATOR_TEXT = 300;
    static final int MAX_UNIT = 100;

    private AgreementEditor() {
    }

    static AgreementDocument header(AgreementDocument document, String title, @Nullable LocalDate from,
                                    @Nullable LocalDate to) {
        String clean = text(title, "agreement.field.title", MAX_AGREEMENT_TITLE);
        if (from == null || to == null) {
            throw new DomainException("agreement.periodRequired");
        }
        if (to.isBefore(from)) {
            throw new DomainException("agreement.periodReversed");
        }
        return new AgreementDocument(clean, from, to, document.themes());
    }

    /** Adds a theme (originalCode null) or renames one. */
    static AgreementDocument theme(AgreementDocument document, @Nullable String originalCode, String code, String title) {
        String clean = text(title, "agreement.field.title", MAX_TITLE);
        if (originalCode == null) {
            List<Theme> themes = new ArrayList<>(document.themes());
            themes.add(new Theme(newCode(document, code), clean, List.of()));
            return with(document, themes);
        }
        require(document, originalCode);
        return with(document, document.themes().stream()
                .map(t -> t.code().equals(originalCode) ? new Theme(t.code(), clean, t.ambitions()) : t).toList());
    }

    /** Adds an ambition under a theme (originalCode null) or renames one. */
    static AgreementDocument ambition(AgreementDocument document, String themeCode, @Nullable String originalCode,
                                      String code, String title) {
        String clean = text(title, "agreement.field.title", MAX_TITLE);
        String newCode = originalCode == null ? newCode(document, code) : null;
        if (originalCode != null) {
            require(document, originalCode);
        }
        boolean[] found = {false};
        List<Theme> themes = document.themes().stream().map(theme -> {
            if (!theme.code().equals(themeCode)) {
                return theme;
            }
            found[0] = true;
            List<Ambition> ambitions = new ArrayList<>(theme.ambitions().stream()
                    .map(a -> a.code().equals(originalCode) ? new Ambition(a.code(), clean, a.commitments()) : a).toList());
            if (newCode != null) {
                ambitions.add(new Ambition(newCode, clean, List.of()));
            }
            return new Theme(theme.code(), theme.title(), ambitions);
        }).toList();
        if (!found[0]) {
            throw new DomainException("agreement.unknownCode", themeCode);
        }
        return with(document, themes);
    }

    /** Adds a commitment under an ambition (originalCode null) or replaces one, keeping its code. */
    static AgreementDocument commitment(AgreementDocument document, String ambitionCode, @Nullable String originalCode,
                                        Commitment edited) {
        String title = text(edited.title(), "agreement.field.title", MAX_TITLE);
        String budget = optional(edited.budgetProgramme(), "agreement.field.budgetProgramme", MAX_BUDGET_PROGRAMME);
        String description = optional(edited.description(), "agreement.field.description", 20_000);
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator indicator : edited.indicators()) {
            String name = text(indicator.name(), "agreement.field.indicatorName", MAX_INDICATOR_TEXT);
            if (indicator.targetDate() != null && indicator.targetDate().getYear() > 2100) {
                throw new DomainException("agreement.targetDateTooFar");
            }
            indicators.add(new Indicator(name, optional(indicator.source(), "agreement.field.source", MAX_INDICATOR_TEXT),
                    optional(indicator.unit(), "agreement.field.unit", MAX_UNIT), indicator.baseline(), indicator.target(),
                    indicator.targetDate()));
        }
        String code = originalCode == null ? newCode(document, edited.code()) : originalCode;
        if (originalCode != null) {
            require(document, originalCode);
        }
        Commitment clean = new Commitment(code, title, description, budget, List.copyOf(indicators));
        boolean[] found = {false};
        List<Theme> themes = document.themes().stream().map(theme -> new Theme(theme.code(), theme.title(),
                theme.ambitions().stream().map(ambition -> {
                    if (!ambition.code().equals(ambitionCode)) {
                        return ambition;
                    }
                    found[0] = true;
                    List<Commitment> commitments = new ArrayList<>(ambition.commitments().stream()
                            .map(c -> c.code().equals(originalCode) ? clean : c).toList());
                    if (originalCode == null) {
                        commitments.add(clean);
                    }
                    return new Ambition(ambition.code(), ambition.title(), commitments);
                }).toList())).toList();
        if (!found[0]) {
            throw new DomainException("agreement.unknownCode", ambitionCode);
        }
        return with(document, themes);
    }

    /** Removes a theme, ambition or commitment with everything under it; the last theme stays. */
    static AgreementDocument remove(AgreementDocument document, String code) {
        require(document, code);
        List<Theme> themes = document.themes().stream().filter(t -> !t.code().equals(code))
                .map(t -> new Theme(t.code(), t.title(), t.ambitions().stream().filter(a -> !a.code().equals(code))
                        .map(a -> new Ambition(a.code(), a.title(), a.commitments().stream()
                                .filter(c -> !c.code().equals(code)).toList())).toList())).toList();
        if (themes.isEmpty()) {
            throw new DomainException("agreement.noThemes");
        }
        return with(document, themes);
    }

    static Set<String> codes(AgreementDocument document) {
        Set<String> codes = new HashSet<>();
        for (Theme theme : document.themes()) {
            codes.add(theme.code());
            for (Ambition ambition : theme.ambitions()) {
                codes.add(ambition.code());
                ambition.commitments().forEach(c -> codes.add(c.code()));
            }
        }
        return codes;
    }

    private static AgreementDocument with(AgreementDocument document, List<Theme> themes) {
        return new AgreementDocument(document.title(), document.periodFrom(), document.periodTo(), List.copyOf(themes));
    }

    private static String newCode(AgreementDocument document, @Nullable String code) {
        String clean = code == null ? "" : code.strip();
        if (clean.isEmpty()) {
            throw new DomainException("validation.required", "agreement.field.code");
        }
        if (!AgreementReader.CODE.matcher(clean).matches()) {
            throw new DomainException("agreement.invalidCode", clean);
        }
        if (codes(document).contains(clean)) {
            throw new DomainException("agreement.codeInUse", clean);
        }
        return clean;
    }

    private static void require(AgreementDocument document, String code) {
        if (!codes(document).contains(code)) {
            throw new DomainException("agreement.unknownCode", code);
        }
    }

    private static String text(@Nullable String value, String field, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new DomainException("validation.required", field);
        }
        if (clean.length() > max) {
            throw new DomainException("validation.tooLong", field, max);
        }
        return clean;
    }

    private static @Nullable String optional(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(value, field, max);
    }
}
