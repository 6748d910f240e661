package nl.kopgroep.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.kopgroep.agreement.AgreementDocument.Indicator;
import nl.kopgroep.base.ReportingPeriod;
import nl.kopgroep.goals.GoalStatus;
import nl.kopgroep.goals.WorkGoalProgress;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.xml.sax.InputSource;

/**
 * The report PDF is PDF/UA-1 (and PDF/A-2u) by veraPDF's own rules, and text users typed can never
 * become markup in the XHTML it is rendered from.
 */
class ManagementReportPdfTest {

    private static final java.time.ZoneId AMSTERDAM = java.time.ZoneId.of("Europe/Amsterdam");

    private static final String HOSTILE = "<script>alert('x')</script> & ]]> \"Oost\"";

    @Test
    void theReportIsPdfUaAndPdfA() throws Exception {
        byte[] pdf = ReportPdf.write(report(), AMSTERDAM);
        assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).as("veraPDF, PDF/UA-1").isEmpty();
        assertThat(failures(pdf, PDFAFlavour.PDFA_2_U)).as("veraPDF, PDF/A-2u").isEmpty();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("De kopgroep en het collegeakkoord – jaarrekening 2025");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    assertThat(font.getName()).contains("LiberationSans");
                }
            }
            List<String> tags = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot(), tags);
            assertThat(tags).contains("H1", "H2", "H3", "H4", "Table", "TH", "TD", "L", "LI");
        }
    }

    @Test
    void textUsersTypedStaysText() throws Exception {
        Report report = report();
        String html = ReportHtml.of(report, AMSTERDAM);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(html.replace("<!DOCTYPE html>", ""))));
        assertThat(document.getElementsByTagName("script").getLength()).as("no script element").isZero();
        assertThat(document.getDocumentElement().getTextContent()).contains(HOSTILE, "Bewijs " + HOSTILE, "Stad & Ommeland");

        try (PDDocument pdf = Loader.loadPDF(ReportPdf.write(report, AMSTERDAM))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("<script>alert('x')</script> & ]]>", "Stad & Ommeland");
        }
    }

    @Test
    void everyThemeAnswersTheFourQuestionsAndTheCostQuestionNamesTheProgramme() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ReportPdf.write(report(), AMSTERDAM))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Wat willen we bereiken?", "Wat hebben we gedaan?", "Wat heeft het opgeleverd?",
                    "Wat heeft het gekost?", "Programma 8 Volkshuisvesting: afspraak 1.1",
                    "Zonder programma vastgelegd: afspraak 1.2", "Kopgroep houdt geen bedragen bij",
                    "Afspraken zonder bijdrage van de kopgroep", "Hoe deze cijfers tot stand komen", "1 van 2");
        }
    }

    /** The rules of veraPDF's profile for {@code flavour} that the PDF breaks, empty when it conforms. */
    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().toList();
        }
    }

    private static void collect(PDStructureNode node, List<String> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                tags.add(element.getStructureType());
                collect(element, tags);
            }
        }
    }

    /** One theme: a commitment with a goal, hostile title and evidence, and a gap without a budget programme. */
    private static Report report() {
        LocalDate to = LocalDate.of(2025, 12, 31);
        Instant evidenceAt = Instant.parse("2025-11-03T10:00:00Z");
        WorkGoalProgress goal = new WorkGoalProgress(1, "Buurtbudget", new nl.kopgroep.base.UserId(7), "Sam", List.of("1.1"), GoalStatus.ATTENTION, 0.5, 2,
                1, 3, "Bewijs " + HOSTILE, evidenceAt);
        var status = new CommitmentProgress.StatusCounts(0, 1, 0, 0);
        CommitmentProgress worked = new CommitmentProgress("1.1", HOSTILE, "1", "Programma 8 Volkshuisvesting",
                List.of(goal), status, 0.75, 2, 1, 3, 1, "Bewijs " + HOSTILE, evidenceAt, "Buurtbudget");
        CommitmentProgress gap = new CommitmentProgress("1.2", "Wijkteams in elke wijk", "1", null, List.of(),
                new CommitmentProgress.StatusCounts(0, 0, 0, 0), null, 0, 0, 0, 0, null, null, null);
        Indicator indicator = new Indicator("Woningen", "CBS", "woningen", BigDecimal.ZERO, new BigDecimal("120"),
                LocalDate.of(2026, 12, 31));
        ThemeProgress theme = new ThemeProgress("1", "Wonen & wijken", List.of(worked, gap), List.of(
                new ThemeProgress.AmbitionText("1", "Iedereen een thuis", List.of(
                        new ThemeProgress.CommitmentText("1.1", HOSTILE, List.of(indicator)),
                        new ThemeProgress.CommitmentText("1.2", "Wijkteams in elke wijk", List.of())))));
        Dashboard figures = new Dashboard(new ReportingPeriod(null, LocalDate.of(2025, 1, 1), to), "Samen verder",
                List.of(theme), 2, 1, 1, 1, status, List.of(), List.of(), List.of(), 0);
        return new Report(PlanningMoment.JAARREKENING, 2025, "Stad & Ommeland", null, figures,
                Instant.parse("2026-01-05T09:00:00Z"), false);
    }
}
