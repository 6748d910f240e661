package nl.kopgroep.management;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.kopgroep.agreement.AgreementDocument.Indicator;
import nl.kopgroep.base.Decimals;
import nl.kopgroep.base.Messages;

/**
 * The report as well-formed XHTML, the source of the tagged PDF: headings give the structure, tables
 * have header cells, and the document names its language and title. Per theme it answers the W
 * questions of the planning-and-control cycle — wat willen we bereiken, wat hebben we gedaan, wat heeft
 * het opgeleverd, wat heeft het gekost — then lists the commitments no goal contributes to, and how the
 * figures were made. Every text that comes from users passes through {@link #escape}.
 */
final class ReportHtml {

    static final String LANGUAGE = "nl-NL";
    static final String FONT = "Liberation Sans";

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 20mm 22mm 20mm;
              @bottom-right { content: counter(page) " / " counter(pages); font-family: 'Liberation Sans'; font-size: 8pt; color: #4a5563; } }
            body { font-family: 'Liberation Sans'; font-size: 10pt; line-height: 1.35; color: #1f2a37; }
            h1 { font-size: 18pt; margin: 0 0 6pt 0; }
            h2 { font-size: 14pt; margin: 16pt 0 4pt 0; page-break-after: avoid; }
            h3 { font-size: 11pt; margin: 10pt 0 4pt 0; page-break-after: avoid; }
            h4 { font-size: 10pt; margin: 6pt 0 2pt 0; page-break-after: avoid; }
            p { margin: 0 0 4pt 0; }
            ul { margin: 0 0 4pt 0; padding-left: 14pt; }
            li { margin: 0 0 2pt 0; }
            .small { font-size: 8.5pt; }
            table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0 0 6pt 0; -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #8a96a3; padding: 3pt 4pt; vertical-align: top; text-align: left; font-size: 9pt; }
            thead th { background-color: #e6ecf2; font-weight: bold; }
            tbody th { font-weight: normal; }
            tr { page-break-inside: avoid; }
            caption { caption-side: top; text-align: left; font-size: 8.5pt; padding: 0 0 2pt 0; }
            """;

    private final DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Messages.DUTCH);
    private final DateTimeFormatter stamp;
    private final ZoneId zone;
    private final Report report;
    private final StringBuilder html = new StringBuilder(32_768);

    private ReportHtml(Report report, ZoneId zone) {
        this.report = report;
        this.zone = zone;
        this.stamp = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(Messages.DUTCH).withZone(zone);
    }

    /** The report as XHTML, with moments shown in the installation's time zone. */
    static String of(Report report, ZoneId zone) {
        return new ReportHtml(report, zone).render();
    }

    /** The document title: shown in the viewer's window and read first by a screen reader. */
    static String title(Report report) {
        return text("report.pdfTitle", momentLabel(report));
    }

    private String render() {
        Dashboard figures = report.figures();
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(LANGUAGE)
                .append("\" xml:lang=\"").append(LANGUAGE).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>")
                .append(escape(title(report))).append("</title>\n");
        meta("subject", text("report.pdfSubject", report.organisationName()));
        meta("author", report.organisationName());
        html.append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        header();
        if (figures.agreementTitle() == null) {
            paragraph(text("report.noAgreement"));
        }
        figures.themes().forEach(this::theme);
        gaps(figures);
        method();
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void header() {
        Dashboard figures = report.figures();
        element("h1", title(report));
        paragraph(text("report.organisation", report.organisationName(),
                report.cohortName() == null ? text("report.allCohorts") : report.cohortName()));
        if (figures.agreementTitle() != null) {
            paragraph(text("report.agreement", figures.agreementTitle()));
        }
        paragraph(text("report.period", dates.format(figures.period().from()), dates.format(figures.period().to())));
        if (report.capped()) {
            paragraph(text("report.capped"));
        }
        html.append("<p class=\"small\">").append(escape(text("report.generated", stamp.format(report.generatedAt()))))
                .append("</p>\n");
        element("h2", text("report.summaryTitle"));
        paragraph(text("report.summary", figures.commitmentsWithGoals(), figures.commitments(), figures.workGoals(),
                figures.participantsWithGoals(), figures.status().onTrack(), figures.status().attention(),
                figures.status().offTrack(), figures.status().notUpdated()));
        if (!figures.themes().isEmpty()) {
            // The dashboard's chart of goals per theme and status, as the table it is always paired with.
            table(text("management.chartThemes"), List.of("management.colTheme", "management.colOnTrack",
                    "management.colAttention", "management.colOffTrack", "management.colNotUpdated", "management.colGaps"),
                    List.of(30, 12, 14, 12, 16, 16), figures.themes(), t -> t.code() + " " + t.title(),
                    t -> List.of(String.valueOf(t.status().onTrack()), String.valueOf(t.status().attention()),
                            String.valueOf(t.status().offTrack()), String.valueOf(t.status().notUpdated()),
                            String.valueOf(t.gaps())));
        }
    }

    private void theme(ThemeProgress theme) {
        element("h2", text("report.theme", theme.code(), theme.title()));

        element("h3", text("report.q1"));
        for (ThemeProgress.AmbitionText ambition : theme.ambitions()) {
            element("h4", ambition.code() + " " + ambition.title());
            html.append("<ul>\n");
            for (ThemeProgress.CommitmentText commitment : ambition.commitments()) {
                html.append("<li>").append(escape(commitment.code() + " " + commitment.title()));
                if (!commitment.indicators().isEmpty()) {
                    html.append("\n<ul class=\"small\">\n");
                    commitment.indicators().forEach(i -> element("li", indicator(i)));
                    html.append("</ul>\n");
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }

        element("h3", text("report.q2"));
        table(text("report.q2Caption", theme.code()), List.of("report.colCommitment", "report.colGoals",
                "report.colCheckIns", "report.colEvidence"), List.of(36, 18, 12, 34), theme.commitments(), c -> List.of(
                c.gap() ? text("report.none") : text("report.goalsBy", c.goals().size(), c.participants()),
                String.valueOf(c.checkIns()),
                c.latestEvidence() == null || c.latestEvidenceAt() == null ? "–" : text("report.evidence",
                        c.latestEvidence(), c.latestEvidenceGoal(), dates.withZone(zone).format(c.latestEvidenceAt()))));

        element("h3", text("report.q3"));
        table(text("report.q3Caption", theme.code()), List.of("report.colCommitment", "report.colStatus",
                "report.colKeyResults", "report.colProgress"), List.of(36, 34, 17, 13), theme.commitments(), c -> List.of(
                c.gap() ? "–" : text("report.status", c.status().onTrack(), c.status().attention(), c.status().offTrack(),
                        c.status().notUpdated()),
                c.keyResults() == 0 ? "–" : text("report.keyResults", c.keyResultsReached(), c.keyResults()),
                c.keyResultProgress() == null ? "–" : Math.round(c.keyResultProgress() * 100) + "%"));

        element("h3", text("report.q4"));
        cost(theme);
    }

    /**
     * Kopgroep holds no amounts, so the cost question is answered with where the amounts are: the
     * programmes of the programmabegroting the theme's commitments fall under.
     */
    private void cost(ThemeProgress theme) {
        Map<String, List<String>> programmes = new LinkedHashMap<>();
        for (CommitmentProgress c : theme.commitments()) {
            String programme = c.budgetProgramme() == null || c.budgetProgramme().isBlank() ? "" : c.budgetProgramme();
            programmes.computeIfAbsent(programme, p -> new ArrayList<>()).add(c.code());
        }
        List<String> unmapped = programmes.remove("");
        if (programmes.isEmpty()) {
            paragraph(text("report.costNoProgramme"));
        } else {
            paragraph(text("report.costIntro", programmes.size()));
            html.append("<ul>\n");
            programmes.forEach((programme, codes) ->
                    element("li", text("report.costProgramme", programme, codes.size(), String.join(", ", codes))));
            if (unmapped != null) {
                element("li", text("report.costUnmapped", unmapped.size(), String.join(", ", unmapped)));
            }
            html.append("</ul>\n");
        }
        paragraph(text("report.costNote", report.organisationName()));
    }

    /** A table of commitments, each row headed by the commitment. */
    private void table(String caption, List<String> headerKeys, List<Integer> widths, List<CommitmentProgress> rows,
                       Function<CommitmentProgress, List<String>> cells) {
        table(caption, headerKeys, widths, rows, c -> c.code() + " " + c.title(), cells);
    }

    /** A table with column headers (widths in per cent) and, as the first cell of every row, a row header. */
    private <T> void table(String caption, List<String> headerKeys, List<Integer> widths, List<T> rows,
                           Function<T, String> rowHeader, Function<T, List<String>> cells) {
        html.append("<table>\n<caption>").append(escape(caption)).append("</caption>\n<thead>\n<tr>");
        for (int i = 0; i < headerKeys.size(); i++) {
            html.append("<th scope=\"col\" style=\"width: ").append(widths.get(i)).append("%\">")
                    .append(escape(text(headerKeys.get(i)))).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (T row : rows) {
            html.append("<tr><th scope=\"row\">").append(escape(rowHeader.apply(row))).append("</th>");
            cells.apply(row).forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void gaps(Dashboard figures) {
        List<CommitmentProgress> gaps = figures.themes().stream().flatMap(t -> t.commitments().stream())
                .filter(CommitmentProgress::gap).toList();
        element("h2", text("report.gapsTitle"));
        if (gaps.isEmpty()) {
            paragraph(text("report.noGaps"));
        } else {
            html.append("<ul>\n");
            gaps.forEach(c -> element("li", c.code() + " " + c.title()));
            html.append("</ul>\n");
        }
        if (figures.goalsOutsideAgreement() > 0) {
            paragraph(text("report.outside", figures.goalsOutsideAgreement()));
        }
    }

    private void method() {
        element("h2", text("report.methodTitle"));
        paragraph(text("report.questions"));
        paragraph(text("report.method"));
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
        return Decimals.show(value);
    }

    private void meta(String name, String content) {
        html.append("<meta name=\"").append(name).append("\" content=\"").append(escape(content)).append("\"/>\n");
    }

    private void paragraph(String text) {
        element("p", text);
    }

    private void element(String name, String text) {
        html.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append(">\n");
    }

    /**
     * Text as XHTML character data: markup characters become entities, and characters XML 1.0 does
     * not allow (control characters, lone surrogates) are dropped, so no user text can add or break
     * markup.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String momentLabel(Report report) {
        return report.moment() == PlanningMoment.DATE
                ? text("report.moment.DATE", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Messages.DUTCH)
                        .format(report.figures().period().to()))
                : text("report.moment." + report.moment().name(), String.valueOf(report.year()));
    }

    private static String text(String key, Object... arguments) {
        return Messages.text(key, Messages.DUTCH, arguments);
    }
}
