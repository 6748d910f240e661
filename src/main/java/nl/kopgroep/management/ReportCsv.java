package nl.kopgroep.management;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.kopgroep.base.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The report as CSV for the controller: one row per commitment, semicolon-separated as Dutch
 * spreadsheets expect, whole numbers only so that no decimal separator can be misread. Column names
 * are fixed (documented in docs/reports.md), not translated, so that a spreadsheet keeps working.
 * Text cells that a spreadsheet would read as a formula start with an apostrophe ({@link CsvCells}).
 */
final class ReportCsv {

    static final List<String> COLUMNS = List.of("peildatum", "periode_van", "kopgroep", "thema_code", "thema", "ambitie",
            "afspraak_code", "afspraak", "begrotingsprogramma", "werkdoelen", "deelnemers", "op_koers", "aandacht_nodig",
            "uit_koers", "nog_niet_bijgewerkt", "updates_in_periode", "kernresultaten", "kernresultaten_gehaald",
            "voortgang_procent", "laatste_bewijs", "laatste_bewijs_datum", "zonder_werkdoel");

    private ReportCsv() {
    }

    static String write(Report report, ZoneId zone) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(zone);
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setRecordSeparator("\r\n")
                .setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ThemeProgress theme : report.figures().themes()) {
                for (CommitmentProgress c : theme.commitments()) {
                    printer.printRecord(report.figures().period().to(), report.figures().period().from(),
                            text(report.cohortName()), text(theme.code()), text(theme.title()), text(c.ambition()),
                            text(c.code()), text(c.title()), text(c.budgetProgramme()), c.goals().size(),
                            c.participants(), c.status().onTrack(), c.status().attention(), c.status().offTrack(),
                            c.status().notUpdated(), c.checkIns(), c.keyResults(), c.keyResultsReached(),
                            c.keyResultProgress() == null ? "" : Math.round(c.keyResultProgress() * 100),
                            text(c.latestEvidence()),
                            c.latestEvidenceAt() == null ? "" : day.format(c.latestEvidenceAt()), c.gap() ? "ja" : "nee");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Every text cell, whatever its source, so that no cell a person typed can act as a formula. */
    private static String text(@Nullable String value) {
        return value == null ? "" : CsvCells.text(value);
    }
}
