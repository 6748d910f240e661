package nl.kopgroep.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kopgroep.agreement.AgreementDocument.Ambition;
import nl.kopgroep.agreement.AgreementDocument.Commitment;
import nl.kopgroep.agreement.AgreementDocument.Indicator;
import nl.kopgroep.agreement.AgreementDocument.Theme;
import nl.kopgroep.base.yaml.YamlFile;
import nl.kopgroep.base.yaml.YamlFile.Fields;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an agreement from YAML (format: docs/examples/collegeakkoord-voorbeeldstad.yaml) and
 * reports every problem with its line; only a file without problems yields a document.
 */
final class AgreementReader {

    /** Codes such as WONEN, W1 or W1.2: letters, digits, dots and dashes. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,39}");

    record Result(@Nullable AgreementDocument document, List<ImportProblem> problems) {
        boolean valid() {
            return document != null && problems.isEmpty();
        }
    }

    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Integer> codes = new HashMap<>();
    private final YamlFile yaml = new YamlFile(0, (line, key, args) -> problems.add(new ImportProblem(line, key, args)));

    private AgreementReader() {
    }

    static Result readYaml(String text) {
        return new AgreementReader().read(text);
    }

    private Result read(String text) {
        Node root = yaml.parse(text);
        if (root == null) {
            return new Result(null, List.copyOf(problems));
        }
        Fields top = yaml.fields(root, Set.of("agreement", "themes"), Set.of("agreement", "themes"));
        if (top == null) {
            return new Result(null, List.copyOf(problems));
        }
        String title = "";
        LocalDate from = null;
        LocalDate to = null;
        if (top.has("agreement")) {
            Fields agreement = yaml.fields(top.value("agreement"), Set.of("title", "period"), Set.of("title", "period"));
            if (agreement != null) {
                title = agreement.text("title");
                Fields period = agreement.has("period")
                        ? yaml.fields(agreement.value("period"), Set.of("from", "to"), Set.of("from", "to")) : null;
                if (period != null) {
                    from = date(period, "from");
                    to = date(period, "to");
                    if (from != null && to != null && to.isBefore(from)) {
                        problems.add(new ImportProblem(period.line("to"), "agreement.periodReversed", new Object[0]));
                    }
                }
            }
        }
        List<Theme> themes = new ArrayList<>();
        for (Node item : top.items("themes")) {
            Fields theme = yaml.fields(item, Set.of("code", "title", "ambitions"), Set.of("code", "title", "ambitions"));
            if (theme != null) {
                themes.add(new Theme(code(theme), theme.text("title"), ambitions(theme)));
            }
        }
        if (top.has("themes") && themes.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(top.line("themes"), "agreement.noThemes", new Object[0]));
        }
        if (!problems.isEmpty() || from == null || to == null) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new AgreementDocument(title, from, to, List.copyOf(themes)), List.of());
    }

    private List<Ambition> ambitions(Fields theme) {
        List<Ambition> ambitions = new ArrayList<>();
        for (Node item : theme.items("ambitions")) {
            Fields ambition = yaml.fields(item, Set.of("code", "title", "commitments"), Set.of("code", "title", "commitments"));
            if (ambition != null) {
                ambitions.add(new Ambition(code(ambition), ambition.text("title"), commitments(ambition)));
            }
        }
        return ambitions;
    }

    private List<Commitment> commitments(Fields ambition) {
        List<Commitment> commitments = new ArrayList<>();
        for (Node item : ambition.items("commitments")) {
            Fields commitment = yaml.fields(item,
                    Set.of("code", "title", "description", "budgetProgramme", "indicators"), Set.of("code", "title"));
            if (commitment == null) {
                continue;
            }
            List<Indicator> indicators = new ArrayList<>();
            for (Node indicatorNode : commitment.items("indicators")) {
                Fields indicator = yaml.fields(indicatorNode,
                        Set.of("name", "source", "unit", "baseline", "target", "targetDate"), Set.of("name"));
                if (indicator != null) {
                    indicators.add(new Indicator(indicator.text("name"), indicator.optionalText("source"),
                            indicator.optionalText("unit"), decimal(indicator, "baseline"), decimal(indicator, "target"),
                            indicator.has("targetDate") ? date(indicator, "targetDate") : null));
                }
            }
            commitments.add(new Commitment(code(commitment), commitment.text("title"),
                    commitment.optionalText("description"), commitment.optionalText("budgetProgramme"),
                    List.copyOf(indicators)));
        }
        return commitments;
    }

    /** A code, unique in the whole agreement. */
    private String code(Fields fields) {
        String code = fields.id("code", CODE);
        if (code == null) {
            return "";
        }
        Integer earlier = codes.putIfAbsent(code, fields.line("code"));
        if (earlier != null) {
            problems.add(new ImportProblem(fields.line("code"), "agreement.duplicateCode", new Object[] {code, earlier}));
        }
        return code;
    }

    private @Nullable LocalDate date(Fields fields, String field) {
        String text = fields.text(field);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(fields.line(field), "agreement.invalidDate", new Object[] {field, text}));
            return null;
        }
    }

    private @Nullable BigDecimal decimal(Fields fields, String field) {
        if (!fields.has(field)) {
            return null;
        }
        String text = fields.text(field).replace(',', '.');
        try {
            return text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(new ImportProblem(fields.line(field), "agreement.invalidNumber", new Object[] {field, text}));
            return null;
        }
    }
}
