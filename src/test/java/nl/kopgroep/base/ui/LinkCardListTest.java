package nl.kopgroep.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.stream.IntStream;
import nl.kopgroep.KopgroepTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The cards as the browser gets them: links with their facts, escaped, paged by "toon er 25 meer". */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class LinkCardListTest extends SpringBrowserlessTest {

    record Item(int id, String title, String fact) {
    }

    private static LinkCardList<Item> list() {
        LinkCardList<Item> list = new LinkCardList<>("Mijn notities", item -> "dagboek/" + item.id(), Item::title,
                item -> List.of("3 dec", item.fact(), "", "Alleen ik"));
        UI.getCurrent().add(list);
        return list;
    }

    private Document shown(LinkCardList<Item> list) {
        UnorderedList cards = $(UnorderedList.class, list).single();
        assertThat(cards.getElement().getChildCount()).as("the cards are HTML, not state nodes").isZero();
        return Jsoup.parseBodyFragment("<ul>" + cards.getElement().getProperty("innerHTML") + "</ul>");
    }

    @Test
    void eachCardIsAListItemWithTheLinkAndItsFactsEscaped() {
        LinkCardList<Item> list = list();
        list.setItems(List.of(new Item(7, "<script>alert(1)</script> & “zo”", "Iris <b>"), new Item(8, "Tweede", "")));

        UnorderedList cards = $(UnorderedList.class, list).single();
        assertThat(cards.getClassNames()).contains("card-list");
        assertThat(cards.getElement().getAttribute("aria-label")).isEqualTo("Mijn notities");
        Document html = shown(list);
        assertThat(html.select("script, b")).as("titles and facts are text, never markup").isEmpty();
        Elements links = html.select("ul > li.card > a.card-title");
        assertThat(links).extracting(a -> a.attr("href")).containsExactly("dagboek/7", "dagboek/8");
        assertThat(links.first().text()).isEqualTo("<script>alert(1)</script> & “zo”");
        assertThat(html.select("li.card > span.card-facts")).extracting(org.jsoup.nodes.Element::text)
                .containsExactly("3 dec · Iris <b> · Alleen ik", "3 dec · Alleen ik");
        assertThat(cards.getElement().getProperty("innerHTML")).as("kept as Latin-1 text").doesNotContain("“");
        assertThat(list.size()).isEqualTo(2);
        assertThat($(Button.class, list).exists()).as("no more to show").isFalse();
    }

    @Test
    void aLongListShowsTwentyFiveAndTwentyFiveMoreOnEachClick() {
        List<Item> items = IntStream.rangeClosed(1, 60).mapToObj(i -> new Item(i, "Notitie " + i, "")).toList();
        LinkCardList<Item> list = list();
        list.setItems(items, () -> items);
        assertThat(list.size()).isEqualTo(LinkCardList.PAGE);
        assertThat(shown(list).select("li.card")).hasSize(25);

        test($(Button.class, list).withText("Toon er 25 meer (van 60)").single()).click();
        assertThat(list.size()).isEqualTo(50);
        assertThat(shown(list).select("a.card-title").last().attr("href")).isEqualTo("dagboek/50");

        test($(Button.class, list).withText("Toon er 10 meer (van 60)").single()).click();
        assertThat(shown(list).select("li.card")).hasSize(60);
        assertThat($(Button.class, list).exists()).isFalse();
    }
}
