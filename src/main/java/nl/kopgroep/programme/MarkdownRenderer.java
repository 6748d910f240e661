package nl.kopgroep.programme;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Markdown to safe HTML, for lessons now and for journal entries later. Raw HTML in the Markdown is
 * escaped, and the result passes an allow-list, so no script, event handler or {@code javascript:}
 * link from content or user text reaches a browser. {@code lesson:<id>} links become lesson pages,
 * {@code kopgroep:<page>} links the pages of {@link AppPage}.
 */
@Component
public class MarkdownRenderer {

    private static final String LESSON_PREFIX = "lesson:";
    private static final String BASE = "https://kopgroep.invalid/";

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final Safelist safelist = Safelist.relaxed()
            .removeTags("img")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer")
            .preserveRelativeLinks(true);

    public String toSafeHtml(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (link.getDestination().startsWith(LESSON_PREFIX)) {
                    link.setDestination("programma/les/" + link.getDestination().substring(LESSON_PREFIX.length()));
                } else if (link.getDestination().startsWith(AppPage.LINK_PREFIX)) {
                    var page = AppPage.fromCode(link.getDestination().substring(AppPage.LINK_PREFIX.length()));
                    if (page.isEmpty()) {
                        unlink(link);
                        return;
                    }
                    link.setDestination(page.get().path());
                }
                visitChildren(link);
            }
        });
        String html = renderer.render(document);
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, BASE, safelist, output);
    }

    /** An unknown page keeps its words and loses the link, rather than pointing at nothing. */
    private static void unlink(Link link) {
        Node child = link.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            link.insertBefore(child);
            child = next;
        }
        link.unlink();
    }
}
