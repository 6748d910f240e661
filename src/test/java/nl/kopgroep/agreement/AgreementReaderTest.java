package nl.kopgroep.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agreement import on a valid file and one broken file per kind of error, each named by its line. */
class AgreementReaderTest {

    static final String VALID = """
            agreement:
              title: "Testakkoord 2026-2030"
              period: { from: 2026-05-01, to: 2030-04-30 }
            themes:
              - code: WONEN
                title: Wonen
                ambitions:
                  - code: W1
                    title: Betaalbaar wonen
                    commitments:
                      - code: W1.1
                        title: "In 2030 zijn 2.400 woningen bijgebouwd"
                        budgetProgramme: "Programma 8 Volkshuisvesting"
                        indicators:
                          - name: Nieuw gebouwde woningen
                            unit: per 1.000 woningen
                            baseline: 6.1
                            target: 9
                            targetDate: 2030-01-01
                      - code: W1.2
                        title: "Elke wijk heeft een wijkplan"
            """;

    @Test
    void validFileGivesTheTree() {
        AgreementReader.Result result = AgreementReader.readYaml(VALID);
        assertThat(result.problems()).isEmpty();
        AgreementDocument document = result.document();
        assertThat(document.periodFrom()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(document.commitmentCount()).isEqualTo(2);
        AgreementDocument.Indicator indicator = document.themes().getFirst().ambitions().getFirst().commitments().getFirst()
                .indicators().getFirst();
        assertThat(indicator.baseline()).isEqualByComparingTo(new BigDecimal("6.1"));
        assertThat(indicator.targetDate()).isEqualTo(LocalDate.of(2030, 1, 1));
    }

    @Test
    void unknownAndMissingFields() {
        assertThat(located(VALID.replace("        title: Betaalbaar wonen", "        titel: Betaalbaar wonen")))
                .contains("9:yaml.unknownField", "8:yaml.missingField");
    }

    @Test
    void duplicateCodeNamesTheEarlierLine() {
        var result = AgreementReader.readYaml(VALID.replace("code: W1.2", "code: W1.1"));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(20);
            assertThat(p.messageKey()).isEqualTo("agreement.duplicateCode");
            assertThat(p.arguments()).containsExactly("W1.1", 11);
        });
    }

    @Test
    void badDatesNumbersAndPeriods() {
        assertThat(located(VALID.replace("targetDate: 2030-01-01", "targetDate: 1-1-2030")))
                .containsExactly("19:agreement.invalidDate");
        assertThat(located(VALID.replace("baseline: 6.1", "baseline: zes"))).containsExactly("17:agreement.invalidNumber");
        assertThat(located(VALID.replace("to: 2030-04-30", "to: 2025-04-30"))).containsExactly("3:agreement.periodReversed");
    }

    @Test
    void invalidYamlAndInvalidCodes() {
        assertThat(located(VALID.replace("title: Wonen", "title: [Wonen"))).singleElement().asString()
                .endsWith("yaml.invalid");
        assertThat(located(VALID.replace("code: W1.2", "code: \"W 1.2\""))).containsExactly("20:yaml.invalidId");
    }

    @Test
    void everyProblemAtOnce() {
        assertThat(located(VALID.replace("baseline: 6.1", "baseline: zes").replace("code: W1.2", "code: W1.1")
                .replace("to: 2030-04-30", "to: 2025-04-30"))).hasSize(3);
    }

    @Test
    void theExampleFilesInTheRepositoryAreValid() throws Exception {
        for (String file : new String[] {"collegeakkoord-voorbeeldstad.yaml", "collegeakkoord-lindendal.yaml"}) {
            String text = java.nio.file.Files.readString(java.nio.file.Path.of("docs/examples", file));
            AgreementReader.Result result = AgreementReader.readYaml(text);
            assertThat(result.problems()).as(file).isEmpty();
        }
        AgreementDocument voorbeeldstad = AgreementReader.readYaml(java.nio.file.Files.readString(
                java.nio.file.Path.of("docs/examples/collegeakkoord-voorbeeldstad.yaml"))).document();
        assertThat(voorbeeldstad.themes()).hasSizeBetween(5, 6);
        assertThat(voorbeeldstad.commitmentCount()).isBetween(18, 22);
        assertThat(voorbeeldstad.indicatorCount()).isPositive();
    }

    private static List<String> located(String yaml) {
        return AgreementReader.readYaml(yaml).problems().stream().map(p -> p.line() + ":" + p.messageKey()).toList();
    }
}
