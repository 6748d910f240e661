package nl.kopgroep.management.ui;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;

/**
 * Charts drawn as SVG on the server: no chart library to load and nothing to build. Each chart has
 * a title and a description for screen readers, and the views always put a table with the same
 * figures next to it. The colours keep 3:1 contrast against white and each other series has a
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
        StringBuilder svg = open(id, title, description, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * row + 4;
            svg.append(text(8, y + 17, "start", shorten(bar.label(), 30)));
            double x = labelWidth;
            int total = 0;
            for (int s = 0; s < series.size(); s++) {
                int value = bar.parts()[s];
                total += value;
                double w = value * scale;
                if (w > 0) {
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\"/>",
                            x, y + 2, w, series.get(s).colour()));
                }
                x += w;
            }
            svg.append(text((int) x + 6, y + 17, "start", String.valueOf(total)));
        }
        legend(svg, series, bars.size() * row + 14);
        return close(svg);
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
        StringBuilder svg = open(id, title, description, height);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#4b5563\"/>",
                left, height - bottom, WIDTH - 10, height - bottom));
        svg.append(text(left - 6, top + 4, "end", String.valueOf(max)));
        svg.append(text(left - 6, height - bottom, "end", "0"));
        int every = Math.max(1, (int) Math.ceil(values.size() / 12.0));
        for (int i = 0; i < values.size(); i++) {
            double x = left + i * slot + (slot - barWidth) / 2;
            double h = values.get(i) * scale;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                    x, height - bottom - h, barWidth, h, colour));
            if (i % every == 0) {
                svg.append(text((int) (x + barWidth / 2), height - bottom + 16, "middle", labels.get(i)));
            }
        }
        return close(svg);
    }

    private static StringBuilder open(String id, String title, String description, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append("<div class=\"svg-chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\" preserveAspectRatio=\"xMinYMin meet\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        return svg;
    }

    private static Html close(StringBuilder svg) {
        return new Html(svg.append("</svg></div>").toString());
    }

    private static void legend(StringBuilder svg, List<Series> series, int y) {
        int x = 8;
        for (Series s : series) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>", x, y,
                    s.colour()));
            svg.append(text(x + 20, y + 12, "start", s.name()));
            x += 28 + s.name().length() * 8;
        }
    }

    private static String text(int x, int y, String anchor, String value) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor
                + "\" font-size=\"13\" fill=\"#1f2937\">" + escape(value) + "</text>";
    }

    private static String shorten(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    static String escape(String value) {
        return org.jsoup.nodes.Entities.escape(value);
    }
}
