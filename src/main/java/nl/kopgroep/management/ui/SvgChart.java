package nl.kopgroep.management.ui;

import com.vaadin.flow.component.Html;
import java.util.List;
import nl.kopgroep.base.ui.SvgImage;

/**
 * The management's charts, drawn as SVG on the server ({@link SvgImage}): each has a title and a
 * description for screen readers, and the views always put a table with the same figures next to it. The colours keep 3:1 contrast against white and each other series has a
 * legend entry, so colour is never the only cue.
 */
final class SvgChart {

    /** A bar with its stacked parts, in the order of the series. */
    record Bar(String label, int[] parts) {
    }

    record Series(String name, String colour) {
    }

    private static final int WIDTH = 720;

    private SvgChart() {
    }

    /** Horizontal stacked bars, one per label, scaled to the largest total. */
    static Html stackedBars(String id, String title, String description, List<Series> series, List<Bar> bars) {
        int labelWidth = 220;
        int row = 30;
        int legendHeight = 30;
        int height = bars.size() * row + legendHeight + 10;
        int max = Math.max(1, bars.stream().mapToInt(b -> java.util.Arrays.stream(b.parts()).sum()).max().orElse(1));
        double scale = (WIDTH - labelWidth - 60) / (double) max;
        SvgImage svg = open(id, title, description, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * row + 4;
            text(svg, 8, y + 17, "start", SvgImage.shorten(bar.label(), 30));
            double x = labelWidth;
            int total = 0;
            for (int s = 0; s < series.size(); s++) {
                int value = bar.parts()[s];
                total += value;
                double w = value * scale;
                if (w > 0) {
                    svg.shape("<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\"/>",
                            x, y + 2, w, series.get(s).colour());
                }
                x += w;
            }
            text(svg, (int) x + 6, y + 17, "start", String.valueOf(total));
        }
        legend(svg, series, bars.size() * row + 14);
        return svg.toHtml();
    }

    /** Vertical bars over time, e.g. per month. */
    static Html columns(String id, String title, String description, String colour, List<String> labels, List<Integer> values) {
        int height = 220;
        int top = 20;
        int bottom = 40;
        int left = 40;
        int max = Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(1));
        double slot = (WIDTH - left - 10) / (double) Math.max(1, values.size());
        double barWidth = Math.max(4, slot * 0.6);
        double scale = (height - top - bottom) / (double) max;
        SvgImage svg = open(id, title, description, height);
        svg.shape("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#4b5563\"/>",
                left, height - bottom, WIDTH - 10, height - bottom);
        text(svg, left - 6, top + 4, "end", String.valueOf(max));
        text(svg, left - 6, height - bottom, "end", "0");
        int every = Math.max(1, (int) Math.ceil(values.size() / 12.0));
        for (int i = 0; i < values.size(); i++) {
            double x = left + i * slot + (slot - barWidth) / 2;
            double h = values.get(i) * scale;
            svg.shape("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                    x, height - bottom - h, barWidth, h, colour);
            if (i % every == 0) {
                text(svg, (int) (x + barWidth / 2), height - bottom + 16, "middle", labels.get(i));
            }
        }
        return svg.toHtml();
    }

    private static SvgImage open(String id, String title, String description, int height) {
        return SvgImage.open("svg-chart", id, WIDTH, height, "xMinYMin meet", title, description);
    }

    private static void legend(SvgImage svg, List<Series> series, int y) {
        int x = 8;
        for (Series s : series) {
            svg.shape("<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>", x, y, s.colour());
            text(svg, x + 20, y + 12, "start", s.name());
            x += 28 + s.name().length() * 8;
        }
    }

    private static void text(SvgImage svg, int x, int y, String anchor, String value) {
        svg.text(x, y, anchor, 13, "#1f2937", value);
    }
}
