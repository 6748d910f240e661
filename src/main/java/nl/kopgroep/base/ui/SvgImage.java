package nl.kopgroep.base.ui;

import com.vaadin.flow.component.Html;
import java.util.Locale;

/**
 * An image drawn as SVG on the server (charts, the connection map): no chart library to load and
 * nothing to build. Every image is one {@code role="img"} with a title and a description for screen
 * readers; the views put a table with the same content next to it. Text placed in the image is always
 * escaped ({@link #text}); shapes are written with {@link #shape}, whose arguments are numbers and
 * colours of our own (or text already passed through {@link #escape}), formatted without the locale: a
 * Dutch decimal comma would break the markup.
 */
public final class SvgImage {

    private final StringBuilder svg = new StringBuilder();

    private SvgImage() {
    }

    /**
     * Starts an image inside a {@code div} with these CSS classes. {@code id} makes the ids of its title and
     * description (unique on the page); {@code aspect} is the preserveAspectRatio value.
     */
    public static SvgImage open(String cssClasses, String id, int width, int height, String aspect, String title,
                                String description) {
        SvgImage image = new SvgImage();
        image.svg.append("<div class=\"").append(escape(cssClasses))
                .append("\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\" preserveAspectRatio=\"").append(aspect).append("\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        return image;
    }

    /** A text at (x, y), escaped. */
    public SvgImage text(double x, double y, String anchor, int size, String fill, String value) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" fill=\"%s\">",
                x, y, anchor, size, fill)).append(escape(value)).append("</text>");
        return this;
    }

    /** A shape from a format of our own and its numbers and colours ({@link Locale#ROOT}); text only escaped. */
    public SvgImage shape(String format, Object... arguments) {
        svg.append(String.format(Locale.ROOT, format, arguments));
        return this;
    }

    /** Markup of our own that is already escaped where it holds text (built with {@link #escape}). */
    public SvgImage markup(CharSequence markup) {
        svg.append(markup);
        return this;
    }

    public Html toHtml() {
        return new Html(svg + "</svg></div>");
    }

    public static String escape(String value) {
        return org.jsoup.nodes.Entities.escape(value);
    }

    /** The value cut to {@code max} characters with an ellipsis (the full text stays in the table beside). */
    public static String shorten(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
