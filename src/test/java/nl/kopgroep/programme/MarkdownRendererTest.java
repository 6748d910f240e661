package nl.kopgroep.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Nothing executable from content or user text ever reaches the browser. */
class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersOrdinaryMarkdown() {
        String html = renderer.toSafeHtml("## Kop\n\nTekst met **nadruk** en een [link](https://www.vng.nl).");
        assertThat(html).contains("<h2>Kop</h2>", "<strong>nadruk</strong>", "href=\"https://www.vng.nl\"", "rel=\"noopener noreferrer\"");
    }

    @Test
    void scriptTagsAreNeverPassedOn() {
        String html = renderer.toSafeHtml("Hallo <script>alert('x')</script>\n\n<script>alert(1)</script>");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void eventHandlersAndJavascriptLinksAreRemoved() {
        String html = renderer.toSafeHtml("""
                [klik](javascript:alert(1))
                <img src=x onerror="alert(1)">
                <a href="javascript:alert(2)" onclick="alert(3)">a</a>
                [data](data:text/html;base64,PHNjcmlwdD4=)
                """);
        Document document = Jsoup.parseBodyFragment(html);
        assertThat(document.select("script, img, iframe, object")).isEmpty();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("event handler on %s", element.tagName()).doesNotStartWith("on");
                assertThat(attribute.getValue().toLowerCase()).as("url in %s", attribute.getKey())
                        .doesNotStartWith("javascript:").doesNotStartWith("data:");
            }
        }
        assertThat(document.text()).as("raw HTML is shown as text, not run").contains("<img src=x onerror=");
    }

    @Test
    void lessonLinksBecomeLessonPages() {
        assertThat(renderer.toSafeHtml("Zie [de vorige les](lesson:start-opgave)."))
                .contains("href=\"programma/les/start-opgave\"");
    }

    @Test
    void pageLinksBecomePagesOfKopgroepAndUnknownOnesLoseTheirTarget() {
        assertThat(renderer.toSafeHtml("Zet ze in je [verbindingskaart](kopgroep:verbindingskaart)."))
                .contains("href=\"verbindingskaart\"");
        assertThat(renderer.toSafeHtml("Lees het [kader](kopgroep:programma/competenties)."))
                .contains("href=\"programma/competenties\"");
        assertThat(renderer.toSafeHtml("Een [vreemde](kopgroep:bestaat-niet) link.")).doesNotContain("href")
                .contains("Een vreemde link.");
    }
}
