package nl.kopgroep.scan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kopgroep.base.ui.SvgImage;
import nl.kopgroep.programme.Competency;
import nl.kopgroep.scan.Growth;
import org.jspecify.annotations.Nullable;

/**
 * Growth over the closed rounds as small multiples, one small chart per competency with the participant's own level
 * (solid line, circles) and the coach's (dashed line, squares), drawn as SVG on the server; beside it a table with the
 * same figures. Shape and line style tell the two apart, not only colour.
 */
class GrowthPanel extends Composite<Section> {

    static final String SELF = "#1d4ed8";
    static final String COACH = "#a34a00";
    private static final int COLUMNS = 4;
    private static final int CELL_W = 180;
    private static final int CELL_H = 130;
    private static final int WIDTH = COLUMNS * CELL_W;

    private record Row(String competency, int round, @Nullable Integer self, @Nullable Integer coach) {
    }

    GrowthPanel(Growth growth, String name) {
        Section section = getContent();
        section.addClassNames("home-section", "scan-growth");
        section.add(new H2(getTranslation("scan.growth.title")));
        if (growth.empty()) {
            section.add(new Paragraph(getTranslation("scan.growth.none")));
            return;
        }
        Map<String, String> names = growth.competencies().stream()
                .collect(Collectors.toMap(Competency::code, Competency::name));
        section.add(chart(growth, name, names));
        Grid<Row> table = new Grid<>();
        table.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        table.setAllRowsVisible(true);
        table.setAriaLabel(getTranslation("scan.growth.table"));
        table.addColumn(Row::competency).setHeader(getTranslation("scan.competency")).setAutoWidth(true);
        table.addColumn(r -> getTranslation("scan.roundMonth", r.round(), r.round() * 6)).setHeader(getTranslation("scan.col.round"))
                .setAutoWidth(true);
        table.addColumn(r -> r.self() == null ? "–" : String.valueOf(r.self())).setHeader(getTranslation("scan.side.SELF"));
        table.addColumn(r -> r.coach() == null ? "–" : String.valueOf(r.coach())).setHeader(getTranslation("scan.side.COACH"));
        table.setItems(growth.points().stream().map(p -> new Row(names.getOrDefault(p.competency(), p.competency()),
                p.round(), p.self(), p.coach())).toList());
        section.add(table);
    }

    private Html chart(Growth growth, String name, Map<String, String> names) {
        List<Competency> competencies = growth.competencies();
        int rows = (competencies.size() + COLUMNS - 1) / COLUMNS;
        int height = rows * CELL_H + 34;
        SvgImage svg = SvgImage.open("svg-chart scan-growth-chart", "scan-growth-chart", WIDTH, height, "xMinYMin meet",
                getTranslation("scan.growth.chartTitle", name), getTranslation("scan.growth.chartDesc"));
        List<Integer> rounds = growth.rounds();
        for (int i = 0; i < competencies.size(); i++) {
            Competency competency = competencies.get(i);
            int x0 = (i % COLUMNS) * CELL_W;
            int y0 = (i / COLUMNS) * CELL_H;
            int left = x0 + 24;
            int right = x0 + CELL_W - 12;
            int top = y0 + 26;
            int bottom = y0 + CELL_H - 22;
            text(svg, x0 + 4, y0 + 16, "start", SvgImage.shorten(names.getOrDefault(competency.code(), competency.code()), 22), 12);
            for (int level = 1; level <= 4; level++) {
                double y = levelY(level, top, bottom);
                svg.shape("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d1d5db\"/>", left, y, right, y);
                text(svg, left - 6, (int) y + 4, "end", String.valueOf(level), 10);
            }
            for (int r = 0; r < rounds.size(); r++) {
                text(svg, (int) roundX(r, rounds.size(), left, right), bottom + 16, "middle",
                        getTranslation("scan.growth.axisRound", rounds.get(r)), 10);
            }
            List<Growth.Point> points = growth.points().stream().filter(p -> p.competency().equals(competency.code())).toList();
            series(svg, points, true, rounds, left, right, top, bottom);
            series(svg, points, false, rounds, left, right, top, bottom);
        }
        int legendY = rows * CELL_H + 12;
        svg.shape("<line x1=\"8\" y1=\"%d\" x2=\"32\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>"
                + "<circle cx=\"20\" cy=\"%d\" r=\"4\" fill=\"%s\"/>", legendY + 6, legendY + 6, SELF, legendY + 6, SELF);
        text(svg, 38, legendY + 10, "start", getTranslation("scan.side.SELF"), 12);
        svg.shape("<line x1=\"150\" y1=\"%d\" x2=\"174\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\" "
                + "stroke-dasharray=\"5 3\"/><rect x=\"158\" y=\"%d\" width=\"8\" height=\"8\" fill=\"%s\"/>",
                legendY + 6, legendY + 6, COACH, legendY + 2, COACH);
        text(svg, 180, legendY + 10, "start", getTranslation("scan.side.COACH"), 12);
        return svg.toHtml();
    }

    private static void series(SvgImage svg, List<Growth.Point> points, boolean self, List<Integer> rounds, int left,
                               int right, int top, int bottom) {
        String colour = self ? SELF : COACH;
        StringBuilder path = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (Growth.Point point : points) {
            Integer level = self ? point.self() : point.coach();
            if (level == null) {
                continue;
            }
            double x = roundX(rounds.indexOf(point.round()), rounds.size(), left, right) + (self ? -2 : 2);
            double y = levelY(level, top, bottom);
            path.append(path.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            marks.append(self
                    ? String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>", x, y, colour)
                    : String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"%s\"/>",
                    x - 4, y - 4, colour));
        }
        if (!path.isEmpty()) {
            svg.shape("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>", path, colour,
                    self ? "" : " stroke-dasharray=\"5 3\"");
        }
        svg.markup(marks);
    }

    private static double roundX(int index, int count, int left, int right) {
        return count <= 1 ? (left + right) / 2.0 : left + 8 + index * (right - left - 16) / (double) (count - 1);
    }

    private static double levelY(int level, int top, int bottom) {
        return bottom - (level - 1) * (bottom - top) / 3.0;
    }

    private static void text(SvgImage svg, int x, int y, String anchor, String value, int size) {
        svg.text(x, y, anchor, size, "#1f2937", value);
    }
}
