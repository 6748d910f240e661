package nl.kopgroep.balance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import nl.kopgroep.balance.BalanceSource;
import nl.kopgroep.balance.QuarterBalance;
import nl.kopgroep.balance.RoleBalance;
import nl.kopgroep.balance.RoleCounts;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.Quarter;
import nl.kopgroep.base.ui.SvgImage;

/**
 * A balance drawn on the server as SVG (role="img" with a title and a description) — one bar per quarter,
 * split into the shares of the four roles and "zonder rol" — with a table of the same numbers beside
 * it: per quarter each kind of item and all together, count and share. The colours follow the model's
 * (blauw, oranje, groen, geel) in tones with 3:1 contrast against white; the legend, the percentages in
 * the bars and the table make sure colour is never the only cue. Shares only: no score, no ranking.
 */
final class BalanceChart {

    /** A part of a bar: a role, or none (items without a role). */
    private record Part(String label, String colour, long count, double share) {
    }

    static final String[] COLOURS = {"#1e4fa8", "#a84b00", "#17733a", "#806300"};
    static final String NO_ROLE_COLOUR = "#5b6472";
    private static final int WIDTH = 720;
    private static final int LABEL = 110;
    private static final int ROW = 34;

    private BalanceChart() {
    }

    /** Chart and table for a balance; the caller shows something else when it is empty. */
    static Div of(Component owner, String id, String title, RoleBalance balance) {
        Div block = new Div();
        block.addClassName("balance-chart");
        block.add(svg(owner, id, title, balance), table(owner, title, balance));
        return block;
    }

    static String quarter(Component owner, Quarter quarter) {
        return owner.getTranslation("balance.quarter", String.valueOf(quarter.year()), quarter.quarter());
    }

    private static List<Part> parts(Component owner, RoleCounts counts) {
        List<Part> parts = new ArrayList<>();
        MunicipalRole[] roles = MunicipalRole.values();
        for (int i = 0; i < roles.length; i++) {
            parts.add(new Part(owner.getTranslation(roles[i].labelKey()), COLOURS[i], counts.count(roles[i]),
                    counts.share(roles[i])));
        }
        parts.add(new Part(owner.getTranslation("balance.noRole"), NO_ROLE_COLOUR, counts.untagged(), counts.untaggedShare()));
        return parts;
    }

    private static Html svg(Component owner, String id, String title, RoleBalance balance) {
        List<QuarterBalance> quarters = balance.quarters();
        int legendTop = quarters.size() * ROW + 12;
        int height = legendTop + 30;
        List<String> described = new ArrayList<>();
        for (QuarterBalance row : quarters) {
            described.add(owner.getTranslation("balance.chartDesc.quarter", quarter(owner, row.quarter()),
                    quarterDescription(owner, row)));
        }
        SvgImage svg = SvgImage.open("svg-chart", id, WIDTH, height, "xMinYMin meet", title,
                owner.getTranslation("balance.chartDesc") + " " + String.join(" ", described));
        for (int i = 0; i < quarters.size(); i++) {
            QuarterBalance row = quarters.get(i);
            int y = i * ROW + 4;
            text(svg, 8, y + 19, "start", "#1f2937", quarter(owner, row.quarter()));
            if (row.suppressed()) {
                text(svg, LABEL, y + 19, "start", "#1f2937", owner.getTranslation("balance.suppressed"));
                continue;
            }
            RoleCounts all = row.all();
            if (all.total() == 0) {
                text(svg, LABEL, y + 19, "start", "#1f2937", owner.getTranslation("balance.nothing"));
                continue;
            }
            double x = LABEL;
            double full = WIDTH - LABEL - 10;
            for (Part part : parts(owner, all)) {
                double w = part.share() * full;
                if (w > 0) {
                    svg.shape("<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"24\" fill=\"%s\" stroke=\"#ffffff\" "
                            + "stroke-width=\"1\"/>", x, y + 2, w, part.colour());
                    if (w >= 44) {
                        text(svg, (int) (x + w / 2), y + 19, "middle", "#ffffff", percent(owner, part.share()));
                    }
                }
                x += w;
            }
        }
        int x = 8;
        for (Part part : parts(owner, RoleCounts.NONE)) {
            svg.shape("<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>", x, legendTop, part.colour());
            text(svg, x + 20, legendTop + 12, "start", "#1f2937", part.label());
            x += 34 + part.label().length() * 8;
        }
        return svg.toHtml();
    }

    /** What one quarter's bar says, for the chart's description. */
    private static String quarterDescription(Component owner, QuarterBalance row) {
        if (row.suppressed()) {
            return owner.getTranslation("balance.suppressed");
        }
        if (row.all().total() == 0) {
            return owner.getTranslation("balance.nothing");
        }
        List<String> said = new ArrayList<>();
        for (Part part : parts(owner, row.all())) {
            if (part.share() > 0) {
                said.add(owner.getTranslation("balance.chartDesc.part", part.label(), percent(owner, part.share())));
            }
        }
        return String.join(", ", said);
    }

    /** One line of the table: a kind of item (or all together) in a quarter. */
    record Line(String quarter, String kind, List<String> cells, boolean together) {
    }

    /**
     * The table beside the chart: a grid (it scrolls inside itself on a phone and is reachable by keyboard) with a
     * line per quarter and kind, and per quarter a line of all kinds together with each role's share.
     */
    private static Grid<Line> table(Component owner, String title, RoleBalance balance) {
        List<Line> lines = new ArrayList<>();
        int columns = MunicipalRole.values().length + 2;
        for (QuarterBalance row : balance.quarters()) {
            String label = quarter(owner, row.quarter());
            if (row.suppressed()) {
                lines.add(new Line(label, owner.getTranslation("balance.suppressed"),
                        java.util.Collections.nCopies(columns, "–"), false));
                continue;
            }
            for (BalanceSource source : balance.sources()) {
                lines.add(new Line(label, owner.getTranslation(source.labelKey()), cells(owner, row.of(source), false), false));
            }
            lines.add(new Line(label, owner.getTranslation("balance.together"), cells(owner, row.all(), true), true));
        }
        Grid<Line> grid = new Grid<>();
        grid.addClassName("balance-table");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(owner.getTranslation("balance.tableCaption", title));
        grid.addColumn(Line::quarter).setHeader(owner.getTranslation("balance.colQuarter")).setAutoWidth(true).setFrozen(true);
        grid.addColumn(Line::kind).setHeader(owner.getTranslation("balance.colKind")).setAutoWidth(true);
        MunicipalRole[] roles = MunicipalRole.values();
        for (int i = 0; i < columns; i++) {
            int index = i;
            String header = i < roles.length ? owner.getTranslation(roles[i].labelKey())
                    : owner.getTranslation(i == roles.length ? "balance.noRole" : "balance.colTotal");
            grid.addColumn(line -> line.cells().get(index)).setHeader(header).setAutoWidth(true);
        }
        grid.setItems(lines);
        return grid;
    }

    private static List<String> cells(Component owner, RoleCounts counts, boolean shares) {
        List<String> cells = new ArrayList<>();
        for (MunicipalRole role : MunicipalRole.values()) {
            cells.add(number(owner, counts.count(role), shares ? counts.share(role) : -1, counts.total()));
        }
        cells.add(number(owner, counts.untagged(), shares ? counts.untaggedShare() : -1, counts.total()));
        cells.add(String.valueOf(counts.total()));
        return cells;
    }

    private static String number(Component owner, long count, double share, long total) {
        return share < 0 || total == 0 ? String.valueOf(count) : count + " (" + percent(owner, share) + ")";
    }

    /** A share as a whole percentage in the page's language. */
    static String percent(Component owner, double share) {
        com.vaadin.flow.component.UI ui = owner.getUI().orElse(com.vaadin.flow.component.UI.getCurrent());
        return NumberFormat.getPercentInstance(ui == null ? nl.kopgroep.base.ui.AppLocales.DUTCH : ui.getLocale())
                .format(share);
    }

    private static void text(SvgImage svg, int x, int y, String anchor, String fill, String value) {
        svg.text(x, y, anchor, 13, fill, value);
    }
}
