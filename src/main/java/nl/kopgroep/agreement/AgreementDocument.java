package nl.kopgroep.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A coalition agreement as a tree: themes → ambitions → commitments, with indicators. */
public record AgreementDocument(String title, LocalDate periodFrom, LocalDate periodTo, List<Theme> themes) {

    public record Theme(String code, String title, List<Ambition> ambitions) {
    }

    public record Ambition(String code, String title, List<Commitment> commitments) {
    }

    public record Commitment(String code, String title, @Nullable String description, @Nullable String budgetProgramme,
                             List<Indicator> indicators) {
    }

    public record Indicator(String name, @Nullable String source, @Nullable String unit, @Nullable BigDecimal baseline,
                            @Nullable BigDecimal target, @Nullable LocalDate targetDate) {
    }

    /** Every commitment code in the agreement; goals link to these. */
    public java.util.Set<String> commitmentCodes() {
        return themes.stream().flatMap(t -> t.ambitions().stream()).flatMap(a -> a.commitments().stream())
                .map(Commitment::code).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Every commitment's title by its code, in tree order. */
    public java.util.Map<String, String> commitmentTitles() {
        java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
        themes.stream().flatMap(t -> t.ambitions().stream()).flatMap(a -> a.commitments().stream())
                .forEach(c -> titles.putIfAbsent(c.code(), c.title()));
        return titles;
    }

    public int commitmentCount() {
        return themes.stream().flatMap(t -> t.ambitions().stream()).mapToInt(a -> a.commitments().size()).sum();
    }

    public int indicatorCount() {
        return themes.stream().flatMap(t -> t.ambitions().stream()).flatMap(a -> a.commitments().stream())
                .mapToInt(c -> c.indicators().size()).sum();
    }
}
