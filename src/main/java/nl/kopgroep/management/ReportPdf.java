package nl.kopgroep.management;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.kopgroep.agreement.AgreementDocument.Indicator;
import nl.kopgroep.base.Messages;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The report as a PDF for the college, in Dutch: per theme the three questions of the
 * planning-and-control cycle — wat willen we bereiken, wat hebben we gedaan, wat heeft het opgeleverd —
 * then the commitments no goal contributes to, and how the figures were made.
 */
final class ReportPdf {

    private static final Color INK = new Color(0x1f, 0x2a, 0x37);
    private static final Color HEADER = new Color(0xe6, 0xec, 0xf2);
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, INK);
    private static final Font H2 = new Font(Font.HELVETICA, 14, Font.BOLD, INK);
    private static final Font H3 = new Font(Font.HELVETICA, 11, Font.BOLD, INK);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL, INK);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, INK);
    private static final Font CELL_HEAD = new Font(Font.HELVETICA, 9, Font.BOLD, INK);
    private static final Font CELL = new Font(Font.HELVETICA, 9, Font.NORMAL, INK);

    private final DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Messages.DUTCH);
    private final DateTimeFormatter stamp = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(Messages.DUTCH).withZone(ZoneId.of("Europe/Amsterdam"));
    private final Report report;
    private final Document document = new Document(PageSize.A4, 56, 56, 56, 56);

    private ReportPdf(Report report) {
        this.report = report;
    }

    static byte[] write(Report report) {
        return new ReportPdf(report).render();
    }

    private byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("nl-NL"));
        String title = text("report.pdfTitle", momentLabel());
        document.addTitle(title);
        document.addSubject(text("report.pdfSubject", report.organisationName()));
        document.addAuthor(report.organisationName());
        document.addCreator("Kopgroep");
        document.open();
        header(title);
        Dashboard figures = report.figures();
        if (figures.agreementTitle() == null) {
            document.add(new Paragraph(text("report.noAgreement"), BODY));
        }
        for (ThemeProgress theme : figures.themes()) {
            theme(theme);
        }
        gaps(figures);
        method();
        document.close();
        return out.toByteArray();
    }

    private void header(String title) {
        Dashboard figures = report.figures();
        document.add(new Paragraph(title, TITLE));
        document.add(line(text("report.organisation", report.organisationName(),
                report.cohortName() == null ? text("report.allCohorts") : report.cohortName())));
        if (figures.agreementTitle() != null) {
            document.add(line(text("report.agreement", figures.agreementTitle())));
        }
        document.add(line(text("report.period", dates.format(figures.period().from()), dates.format(figures.period().to()))));
        if (report.capped()) {
            document.add(line(text("report.capped")));
        }
        document.add(new Paragraph(text("report.generated", stamp.format(report.generatedAt())), SMALL));
        Paragraph summary = new Paragraph(text("report.summary", figures.commitmentsWithGoals(), figures.commitments(),
                figures.workGoals(), figures.participantsWithGoals(), figures.status().onTrack(), figures.status().attention(),
                figures.status().offTrack(), figures.status().notUpdated()), BODY);
        summary.setSpacingBefore(10);
        document.add(summary);
    }

    private void theme(ThemeProgress theme) {
        Paragraph heading = new Paragraph(text("report.theme", theme.code(), theme.title()), H2);
        heading.setSpacingBefore(16);
        document.add(heading);

        document.add(question("report.q1"));
        for (ThemeProgress.AmbitionText ambition : theme.ambitions()) {
            document.add(new Paragraph(ambition.code() + " " + ambition.title(), CELL_HEAD));
            for (ThemeProgress.CommitmentText commitment : ambition.commitments()) {
                Paragraph item = new Paragraph(commitment.code() + "  " + commitment.title(), BODY);
                item.setIndentationLeft(12);
                document.add(item);
                for (Indicator indicator : commitment.indicators()) {
                    Paragraph measure = new Paragraph(indicator(indicator), SMALL);
                    measure.setIndentationLeft(24);
                    document.add(measure);
                }
            }
        }

        document.add(question("report.q2"));
        PdfPTable done = table(new float[] {3.2f, 1.4f, 1.1f, 3.3f}, "report.colCommitment", "report.colGoals",
                "report.colCheckIns", "report.colEvidence");
        for (CommitmentProgress c : theme.commitments()) {
            cell(done, c.code() + " " + c.title());
            cell(done, c.gap() ? text("report.none") : text("report.goalsBy", c.goals().size(), c.participants()));
            cell(done, String.valueOf(c.checkIns()));
            cell(done, c.latestEvidence() == null ? "–" : text("report.evidence", c.latestEvidence(),
                    c.latestEvidenceGoal(), dates.withZone(ZoneId.of("Europe/Amsterdam")).format(c.latestEvidenceAt())));
        }
        document.add(done);

        document.add(question("report.q3"));
        PdfPTable yielded = table(new float[] {3.2f, 3.2f, 1.6f, 1.0f}, "report.colCommitment", "report.colStatus",
                "report.colKeyResults", "report.colProgress");
        for (CommitmentProgress c : theme.commitments()) {
            cell(yielded, c.code() + " " + c.title());
            cell(yielded, c.gap() ? "–" : text("report.status", c.status().onTrack(), c.status().attention(),
                    c.status().offTrack(), c.status().notUpdated()));
            cell(yielded, c.keyResults() == 0 ? "–" : text("report.keyResults", c.keyResultsReached(), c.keyResults()));
            cell(yielded, c.keyResultProgress() == null ? "–" : Math.round(c.keyResultProgress() * 100) + "%");
        }
        document.add(yielded);
    }

    private void gaps(Dashboard figures) {
        List<CommitmentProgress> gaps = figures.themes().stream().flatMap(t -> t.commitments().stream())
                .filter(CommitmentProgress::gap).toList();
        Paragraph heading = new Paragraph(text("report.gapsTitle"), H2);
        heading.setSpacingBefore(16);
        document.add(heading);
        if (gaps.isEmpty()) {
            document.add(new Paragraph(text("report.noGaps"), BODY));
        }
        gaps.forEach(c -> document.add(new Paragraph(c.code() + "  " + c.title(), BODY)));
        if (figures.goalsOutsideAgreement() > 0) {
            document.add(new Paragraph(text("report.outside", figures.goalsOutsideAgreement()), BODY));
        }
    }

    private void method() {
        Paragraph heading = new Paragraph(text("report.methodTitle"), H3);
        heading.setSpacingBefore(16);
        document.add(heading);
        document.add(new Paragraph(text("report.method"), SMALL));
    }

    private String indicator(Indicator indicator) {
        StringBuilder line = new StringBuilder(text("report.indicator", indicator.name(), number(indicator.baseline()),
                number(indicator.target()), indicator.unit() == null ? "" : indicator.unit()));
        if (indicator.targetDate() != null) {
            line.append(' ').append(text("agreement.indicatorDate", dates.format(indicator.targetDate())));
        }
        if (indicator.source() != null) {
            line.append(" (").append(text("agreement.indicatorSource", indicator.source())).append(')');
        }
        return line.toString();
    }

    private static String number(BigDecimal value) {
        return nl.kopgroep.base.Decimals.show(value);
    }

    private Paragraph question(String key) {
        Paragraph question = new Paragraph(text(key), H3);
        question.setSpacingBefore(8);
        question.setSpacingAfter(4);
        return question;
    }

    private PdfPTable table(float[] widths, String... headerKeys) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(4);
        for (String key : headerKeys) {
            PdfPCell cell = new PdfPCell(new Phrase(text(key), CELL_HEAD));
            cell.setBackgroundColor(HEADER);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    private static void cell(PdfPTable table, String value) {
        PdfPCell cell = new PdfPCell(new Phrase(value, CELL));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        table.addCell(cell);
    }

    private static Paragraph line(String value) {
        Paragraph paragraph = new Paragraph(new Chunk(value, BODY));
        paragraph.setSpacingAfter(2);
        return paragraph;
    }

    private String momentLabel() {
        return report.moment() == PlanningMoment.DATE
                ? text("report.moment.DATE", dates.format(report.figures().period().to()))
                : text("report.moment." + report.moment().name(), String.valueOf(report.year()));
    }

    private static String text(String key, Object... arguments) {
        return Messages.text(key, Messages.DUTCH, arguments);
    }
}
