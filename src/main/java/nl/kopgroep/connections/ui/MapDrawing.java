package nl.kopgroep.connections.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.function.Function;
import nl.kopgroep.base.ui.SvgImage;
import nl.kopgroep.connections.ActorKind;
import nl.kopgroep.connections.MapActor;
import nl.kopgroep.connections.MapAnalysis;
import nl.kopgroep.connections.MapLayout;
import nl.kopgroep.connections.MapPage;
import nl.kopgroep.connections.MapTie;
import nl.kopgroep.connections.TieStrength;
import nl.kopgroep.connections.TieType;

/**
 * The map drawn as SVG on the server, in the house style of the management charts: one image
 * (role="img" with a title and a description), and the tables below the drawing hold the same content as the
 * keyboard and screen-reader path. The participant is in the centre; each actor a circle in its kind's colour
 * with the kind's letter in it (colour is never the only cue); regie ties solid with an arrow, verbinden ties
 * dashed; strong ties thicker. Bigger maps get a bigger canvas and shorter labels; the full name is in
 * each node's tooltip and in the table.
 */
final class MapDrawing {

    private static final String LINE = "#374151";
    private static final String ME_FILL = "#111827";

    private MapDrawing() {
    }

    /** {@code translate}: a message key with its arguments to the text in the page's language. */
    static Component of(String id, MapPage page, java.util.function.BiFunction<String, Object[], String> translate) {
        Function<String, String> t = key -> translate.apply(key, new Object[0]);
        int actors = page.actors().size();
        int side = actors <= 20 ? 640 : actors <= 45 ? 860 : 1100;
        int margin = 70;
        int labelMax = actors <= 20 ? 20 : 13;
        int fontSize = actors <= 20 ? 13 : 11;
        int radius = actors <= 20 ? 16 : 13;
        Map<Long, MapLayout.Position> positions = MapLayout.of(page);
        Function<Long, double[]> at = vertex -> {
            MapLayout.Position p = positions.get(vertex);
            return new double[] {margin + p.x() * (side - 2 * margin), margin + p.y() * (side - 2 * margin)};
        };

        String title = t.apply("connections.drawing.title");
        String description = translate.apply("connections.drawing.desc", new Object[] {actors, page.ties().size(),
                page.analysis().regie(), page.analysis().verbinden()});
        SvgImage svg = SvgImage.open("svg-chart map-drawing", id, side, side, "xMidYMid meet", title, description);
        svg.shape("<defs><marker id=\"%s-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\" "
                + "markerWidth=\"11\" markerHeight=\"11\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"%s\"/></marker></defs>",
                id, LINE);
        for (MapTie tie : page.ties()) {
            long from = tie.fromActor() == null ? MapAnalysis.ME : tie.fromActor();
            if (!positions.containsKey(from) || !positions.containsKey(tie.toActor())) {
                continue;
            }
            double[] a = at.apply(from);
            double[] b = at.apply(tie.toActor());
            double dx = b[0] - a[0];
            double dy = b[1] - a[1];
            double length = Math.max(1, Math.hypot(dx, dy));
            double startGap = (from == MapAnalysis.ME ? radius + 6 : radius) / length;
            double endGap = (radius + 2) / length;
            svg.shape("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%s\"%s%s/>",
                    a[0] + dx * startGap, a[1] + dy * startGap, b[0] - dx * endGap, b[1] - dy * endGap, LINE,
                    tie.strength() == TieStrength.STRONG ? "3.2" : "1.5",
                    tie.type() == TieType.VERBINDEN ? " stroke-dasharray=\"7 5\"" : "",
                    tie.type() == TieType.REGIE ? " marker-end=\"url(#" + id + "-arrow)\"" : "");
        }
        for (MapActor actor : page.actors()) {
            double[] p = at.apply(actor.id());
            svg.markup("<g><title>" + SvgImage.escape(actor.name() + " (" + t.apply(actor.kind().labelKey()) + ")")
                    + "</title>");
            svg.shape("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"2\"/>",
                    p[0], p[1], radius, actor.kind().colour());
            svg.shape("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"%d\" font-weight=\"700\" "
                    + "fill=\"#ffffff\">%s</text>", p[0], p[1] + fontSize / 2.0 - 1, fontSize, actor.kind().letter());
            svg.shape("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"%d\" fill=\"#1f2937\" "
                            + "stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">%s</text></g>",
                    p[0], p[1] + radius + fontSize + 2, fontSize, SvgImage.escape(SvgImage.shorten(actor.name(), labelMax)));
        }
        double[] me = at.apply(MapAnalysis.ME);
        svg.markup("<g><title>" + SvgImage.escape(page.ownerName()) + "</title>");
        svg.shape("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"2\"/>",
                me[0], me[1], radius + 6, ME_FILL);
        svg.shape("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"%d\" font-weight=\"700\" "
                + "fill=\"#ffffff\">%s</text></g>", me[0], me[1] + fontSize / 2.0 - 1, fontSize,
                SvgImage.escape(t.apply("connections.drawing.me")));
        return svg.toHtml();
    }

    /** The legend as text beside the drawing: each kind's colour and letter, and the three kinds of line. */
    static Component legend(Function<String, String> t) {
        Div legend = new Div();
        legend.addClassName("map-legend");
        legend.getElement().setAttribute("role", "list");
        legend.getElement().setAttribute("aria-label", t.apply("connections.legend"));
        for (ActorKind kind : ActorKind.values()) {
            Span swatch = new Span(kind.letter());
            swatch.addClassName("map-swatch");
            swatch.getStyle().set("background-color", kind.colour());
            swatch.getElement().setAttribute("aria-hidden", "true");
            legend.add(item(swatch, kind.letter() + " = " + t.apply(kind.labelKey())));
        }
        legend.add(item(line("none", "1.5", true), t.apply("connections.legend.regie")));
        legend.add(item(line("7 5", "1.5", false), t.apply("connections.legend.verbinden")));
        legend.add(item(line("none", "3.2", false), t.apply("connections.legend.strong")));
        return legend;
    }

    private static Component item(Component sample, String text) {
        Div item = new Div(sample, new Span(text));
        item.addClassName("map-legend-item");
        item.getElement().setAttribute("role", "listitem");
        return item;
    }

    private static Component line(String dash, String width, boolean arrow) {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"36\" height=\"12\" viewBox=\"0 0 36 12\" aria-hidden=\"true\">"
                + "<line x1=\"2\" y1=\"6\" x2=\"" + (arrow ? 28 : 34) + "\" y2=\"6\" stroke=\"" + LINE + "\" stroke-width=\"" + width
                + "\"" + ("none".equals(dash) ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>"
                + (arrow ? "<path d=\"M27,1 L35,6 L27,11 z\" fill=\"" + LINE + "\"/>" : "") + "</svg>";
        return new Html("<span class=\"map-line\">" + svg + "</span>");
    }

}
