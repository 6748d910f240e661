package nl.kopgroep.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV import: the example file, and one broken file per kind of error, named by its line. */
class AgreementCsvTest {

    private static final LocalDate FROM = LocalDate.of(2026, 5, 1);
    private static final LocalDate TO = LocalDate.of(2030, 4, 30);
    private static final String HEADER = String.join(";", AgreementReader.CSV_COLUMNS) + "\n";
    private static final String VALID = HEADER
            + "WONEN;Wonen;W1;Betaalbaar wonen;W1.1;2.400 woningen erbij;;Programma 8;Nieuw gebouwde woningen;BBV;per 1.000 woningen;6,1;9,0;2030-01-01\n"
            + "WONEN;Wonen;W1;Betaalbaar wonen;W1.1;2.400 woningen erbij;;Programma 8;Sociale huur;;%;28;30;\n"
            + "WONEN;Wonen;W1;Betaalbaar wonen;W1.2;Elke wijk een wijkplan;Samen met bewoners.;;;;;;;\n"
            + "ZORG;Zorg;Z1;Dichtbij;Z1.1;Wijkteams in elke kern;;;;;;;;\n";

    @Test
    void validRowsBecomeTheTree() {
        AgreementReader.Result result = AgreementReader.readCsv(VALID, "Testakkoord", FROM, TO);
        assertThat(result.problems()).isEmpty();
        AgreementDocument document = result.document();
        assertThat(document.themes()).extracting(AgreementDocument.Theme::code).containsExactly("WONEN", "ZORG");
        assertThat(document.commitmentCount()).isEqualTo(3);
        assertThat(document.indicatorCount()).isEqualTo(2);
        assertThat(document.themes().getFirst().ambitions().getFirst().commitments().get(1).description())
                .isEqualTo("Samen met bewoners.");
    }

    @Test
    void theExampleCsvDescribesTheSameAgreementAsTheYaml() throws Exception {
        AgreementDocument csv = AgreementReader.readCsv(Files.readString(Path.of("docs/examples/collegeakkoord-voorbeeldstad.csv")),
                "Voorbeeldstad", FROM, TO).document();
        AgreementDocument yaml = AgreementReader.readYaml(Files.readString(
                Path.of("docs/examples/collegeakkoord-voorbeeldstad.yaml"))).document();
        assertThat(csv.themes()).isEqualTo(yaml.themes());
    }

    @Test
    void eachKindOfErrorIsNamedByItsLine() {
        assertThat(located(VALID.replace("6,1", "zes"))).containsExactly("2:agreement.invalidNumber");
        assertThat(located(VALID.replace("2030-01-01", "1 januari 2030"))).containsExactly("2:agreement.invalidDate");
        assertThat(located(VALID.replace("ZORG;Zorg;Z1;Dichtbij;Z1.1;Wijkteams in elke kern", "ZORG;;Z1;Dichtbij;Z1.1;Wijkteams")))
                .containsExactly("5:agreement.csvRequired");
        assertThat(located(VALID.replace("W1.2;Elke wijk een wijkplan", "W1.1;Elke wijk een wijkplan")))
                .containsExactly("4:agreement.csvInconsistent");
        assertThat(located(VALID.replace("Z1.1;", "Z 1.1;"))).containsExactly("5:yaml.invalidId");
        assertThat(located(VALID.replace(";Sociale huur;;%;28;30;", ";;;%;28;30;"))).containsExactly("3:agreement.csvIndicatorName");
        assertThat(located(VALID.replace("streefdatum", "datum"))).containsExactly("1:agreement.csvColumns");
    }

    @Test
    void titleAndPeriodAreRequiredForCsv() {
        assertThat(AgreementReader.readCsv(VALID, " ", null, TO).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("agreement.csvTitleRequired", "agreement.csvPeriodRequired");
    }

    private static List<String> located(String csv) {
        return AgreementReader.readCsv(csv, "Test", FROM, TO).problems().stream()
                .map(p -> p.line() + ":" + p.messageKey()).toList();
    }
}
