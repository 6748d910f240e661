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

    static final List<String> CSV_COLUMNS = List.of("thema_code", "thema", "ambitie_code", "ambitie", "afspraak_code",
            "afspraak", "toelichting", "begrotingsprogramma", "indicator", "bron", "eenheid", "nulmeting",
            "streefwaarde", "streefdatum");

    /**
     * Reads an agreement from CSV (separator ;, one row per commitment or per indicator of a
     * commitment, columns {@link #CSV_COLUMNS}); title and period come with the upload. Problems
     * carry the row's line number (the header is line 1).
     */
    static Result readCsv(String text, String title, @Nullable LocalDate from, @Nullable LocalDate to) {
        return new AgreementReader().csv(text, title, from, to);
    }

    private Result csv(String text, String title, @Nullable LocalDate from, @Nullable LocalDate to) {
        if (title == null || title.isBlank()) {
            problems.add(new ImportProblem(0, "agreement.csvTitleRequired", new Object[0]));
        }
        if (from == null || to == null) {
            problems.add(new ImportProblem(0, "agreement.csvPeriodRequired", new Object[0]));
        } else if (to.isBefore(from)) {
            problems.add(new ImportProblem(0, "agreement.periodReversed", new Object[0]));
        }
        java.util.LinkedHashMap<String, String[]> themeTitles = new java.util.LinkedHashMap<>();
        java.util.LinkedHashMap<String, String[]> ambitionTitles = new java.util.LinkedHashMap<>();
        java.util.LinkedHashMap<String, String[]> commitmentRows = new java.util.LinkedHashMap<>();
        Map<String, List<Indicator>> indicators = new HashMap<>();
        org.apache.commons.csv.CSVFormat format = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                .setDelimiter(';').setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(text.strip(), format)) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = CSV_COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            List<String> unknown = header.stream().filter(c -> !CSV_COLUMNS.contains(c)).toList();
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                problems.add(new ImportProblem(1, "agreement.csvColumns", new Object[] {String.join(", ", missing),
                        String.join(", ", unknown), String.join(";", CSV_COLUMNS)}));
                return new Result(null, List.copyOf(problems));
            }
            for (org.apache.commons.csv.CSVRecord row : parser) {
                int line = (int) parser.getCurrentLineNumber();
                String themeCode = csvCode(row, "thema_code", line);
                String ambitionCode = csvCode(row, "ambitie_code", line);
                String commitmentCode = csvCode(row, "afspraak_code", line);
                String themeTitle = required(row, "thema", line);
                String ambitionTitle = required(row, "ambitie", line);
                String commitmentTitle = required(row, "afspraak", line);
                if (themeCode.isEmpty() || ambitionCode.isEmpty() || commitmentCode.isEmpty()) {
                    continue;
                }
                consistent(themeTitles, themeCode, new String[] {themeTitle, "", String.valueOf(line)}, line);
                consistent(ambitionTitles, ambitionCode, new String[] {ambitionTitle, themeCode, String.valueOf(line)}, line);
                consistent(commitmentRows, commitmentCode, new String[] {commitmentTitle, ambitionCode, String.valueOf(line),
                        row.get("toelichting"), row.get("begrotingsprogramma")}, line);
                String indicatorName = row.get("indicator");
                boolean indicatorData = !(row.get("bron") + row.get("eenheid") + row.get("nulmeting") + row.get("streefwaarde")
                        + row.get("streefdatum")).isBlank();
                if (indicatorName.isBlank()) {
                    if (indicatorData) {
                        problems.add(new ImportProblem(line, "agreement.csvIndicatorName", new Object[0]));
                    }
                    continue;
                }
                indicators.computeIfAbsent(commitmentCode, k -> new ArrayList<>()).add(new Indicator(indicatorName,
                        blankToNull(row.get("bron")), blankToNull(row.get("eenheid")),
                        csvDecimal(row, "nulmeting", line), csvDecimal(row, "streefwaarde", line),
                        csvDate(row, "streefdatum", line)));
            }
        } catch (java.io.IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new ImportProblem(1, "agreement.csvInvalid", new Object[] {String.valueOf(e.getMessage())}));
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        List<Theme> themes = new ArrayList<>();
        themeTitles.forEach((themeCode, theme) -> {
            List<Ambition> ambitions = new ArrayList<>();
            ambitionTitles.forEach((ambitionCode, ambition) -> {
                if (!ambition[1].equals(themeCode)) {
                    return;
                }
                List<Commitment> commitments = new ArrayList<>();
                commitmentRows.forEach((code, commitment) -> {
                    if (commitment[1].equals(ambitionCode)) {
                        commitments.add(new Commitment(code, commitment[0], blankToNull(commitment[3]),
                                blankToNull(commitment[4]), List.copyOf(indicators.getOrDefault(code, List.of()))));
                    }
                });
                ambitions.add(new Ambition(ambitionCode, ambition[0], List.copyOf(commitments)));
            });
            themes.add(new Theme(themeCode, theme[0], List.copyOf(ambitions)));
        });
        if (themes.isEmpty()) {
            return new Result(null, List.of(new ImportProblem(1, "agreement.noThemes", new Object[0])));
        }
        return new Result(new AgreementDocument(title.strip(), from, to, List.copyOf(themes)), List.of());
    }

    /** The same code on another row must mean the same thing (title, and the same parent). */
    private void consistent(Map<String, String[]> seen, String code, String[] values, int line) {
        String[] earlier = seen.putIfAbsent(code, values);
        if (earlier != null && (!earlier[0].equals(values[0]) || !earlier[1].equals(values[1]))) {
            problems.add(new ImportProblem(line, "agreement.csvInconsistent", new Object[] {code, earlier[2]}));
        }
    }

    private String csvCode(org.apache.commons.csv.CSVRecord row, String column, int line) {
        String code = required(row, column, line);
        if (!code.isEmpty() && !CODE.matcher(code).matches()) {
            problems.add(new ImportProblem(line, "yaml.invalidId", new Object[] {code}));
            return "";
        }
        return code;
    }

    private String required(org.apache.commons.csv.CSVRecord row, String column, int line) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            problems.add(new ImportProblem(line, "agreement.csvRequired", new Object[] {column}));
            return "";
        }
        return value.strip();
    }

    private @Nullable BigDecimal csvDecimal(org.apache.commons.csv.CSVRecord row, String column, int line) {
        String text = row.get(column).replace(',', '.');
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(new ImportProblem(line, "agreement.invalidNumber", new Object[] {column, row.get(column)}));
            return null;
        }
    }

    private @Nullable LocalDate csvDate(org.apache.commons.csv.CSVRecord row, String column, int line) {
        String text = row.get(column);
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(line, "agreement.invalidDate", new Object[] {column, text}));
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
