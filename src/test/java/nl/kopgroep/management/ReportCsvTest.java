package nl.kopgroep.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.CsvCells;
import nl.kopgroep.base.ReportingPeriod;
import nl.kopgroep.base.UserId;
import nl.kopgroep.goals.GoalStatus;
import nl.kopgroep.goals.WorkGoalProgress;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The controller's CSV: text a person typed never reaches a spreadsheet as a formula (OWASP CSV injection). */
class ReportCsvTest {

    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://example.invalid\";\"klik\")",
            "+SUM(1;2)", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1");

    @Test
    void noTextCellStartsLikeAFormula() throws Exception {
        String csv = ReportCsv.write(report(), ZoneId.of("Europe/Amsterdam"));
        List<CSVRecord> rows = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setHeader()
                .setSkipHeaderRecord(true).get().parse(new StringReader(csv.substring(1))).getRecords();

        assertThat(rows).hasSize(FORMULAS.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> cells = rows.get(i).toMap();
            assertThat(cells.values()).as("row %d", i)
                    .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
            // The text itself is all there, behind the apostrophe a spreadsheet does not show.
            assertThat(cells.get("afspraak")).isEqualTo("'" + FORMULAS.get(i));
            assertThat(cells.get("laatste_bewijs")).isEqualTo("'" + FORMULAS.get(i));
        }
        assertThat(rows.getFirst().get("thema")).isEqualTo("'-Wonen");
        assertThat(rows.getFirst().get("werkdoelen")).as("numbers stay numbers").isEqualTo("1");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(CsvCells.text("Meer betaalbare woningen")).isEqualTo("Meer betaalbare woningen");
        assertThat(CsvCells.text("3 - 4 partijen")).isEqualTo("3 - 4 partijen");
        assertThat(CsvCells.text("")).isEmpty();
        assertThat(CsvCells.text("=A1")).isEqualTo("'=A1");
    }

    /** One theme whose commitments' titles and evidence are all formulas. */
    private static Report report() {
        Instant at = Instant.parse("2025-11-03T10:00:00Z");
        var status = new CommitmentProgress.StatusCounts(1, 0, 0, 0);
        List<CommitmentProgress> commitments = FORMULAS.stream().map(formula -> new CommitmentProgress("1.1", formula,
                "@ambitie", formula, List.of(new WorkGoalProgress(1, "Doel", new UserId(7), "Sam", List.of("1.1"),
                GoalStatus.ON_TRACK, 0.5, 1, 0, 1, formula, at)), status, 0.5, 1, 0, 1, 1, formula, at, "Doel")).toList();
        ThemeProgress theme = new ThemeProgress("1", "-Wonen", commitments, List.of());
        Dashboard figures = new Dashboard(new ReportingPeriod(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                "Akkoord", List.of(theme), commitments.size(), commitments.size(), commitments.size(), 1, status, List.of(),
                List.of(), List.of(), 0);
        return new Report(PlanningMoment.JAARREKENING, 2025, "=Gemeente", "+Kopgroep", figures,
                Instant.parse("2026-01-05T09:00:00Z"), false);
    }
}
