package nl.kopgroep.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A list of items as cards: the title is a link to the item's page, a line of facts below it.
 * Unlike a grid it reflows, so on a phone every title is read whole and nothing scrolls sideways.
 *
 * <p>The cards are read-only links, so the list is sent as HTML, built with jsoup (which escapes every title and
 * fact) and set as the list's content: one Vaadin state node for the whole list instead of five per card (the list
 * element, the link, the facts and their two texts). Issue 16: 50 cards were two thirds of the state nodes an idle
 * session kept after the journal. The browser sees the same {@code ul > li.card > a.card-title + span.card-facts};
 * a click on a card's link is a client-side navigation like any other link of the application.
 */
public class LinkCardList<T> extends Composite<Div> {

    /** How many cards a paged list shows at first, and how many more each "show more" adds. */
    public static final int PAGE = 25;

    private final Function<T, String> href;
    private final Function<T, String> title;
    private final Function<T, List<String>> facts;
    private final UnorderedList cards = new UnorderedList();
    private @Nullable Supplier<? extends Collection<T>> reload;
    private int limit = Integer.MAX_VALUE;
    private int shown;
    private @Nullable Button more;

    /**
     * @param label the list's accessible name
     * @param href  the item's route, relative (as for {@link com.vaadin.flow.component.html.Anchor})
     * @param facts short facts shown under the title, blank ones left out
     */
    public LinkCardList(String label, Function<T, String> href, Function<T, String> title, Function<T, List<String>> facts) {
        this.href = href;
        this.title = title;
        this.facts = facts;
        cards.addClassName("card-list");
        cards.getElement().setAttribute("aria-label", label);
        getContent().add(cards);
    }

    /** Shows every item as a card. */
    public void setItems(Collection<T> items) {
        reload = null;
        limit = Integer.MAX_VALUE;
        show(items);
    }

    /**
     * Shows the first {@value #PAGE} of {@code items} as cards and a button for the next ones, which asks
     * {@code reload} for the items again (issue 16: a journal list of hundreds of entries kept hundreds of cards in
     * every idle session; now neither the cards nor the items beyond the first page stay in memory).
     */
    public void setItems(Collection<T> items, Supplier<? extends Collection<T>> reload) {
        this.reload = reload;
        limit = PAGE;
        show(items);
    }

    private void show(Collection<T> items) {
        Document document = new Document("");
        // Characters beyond Latin-1 (curly quotes, emoji) as entities: the kept text stays one byte a character.
        document.outputSettings().prettyPrint(false).charset(StandardCharsets.ISO_8859_1);
        Element list = document.appendElement("ul");
        shown = 0;
        for (T item : items) {
            if (shown == limit) {
                break;
            }
            card(list.appendElement("li"), item);
            shown++;
        }
        cards.getElement().setProperty("innerHTML", list.html());
        if (more != null) {
            getContent().remove(more);
            more = null;
        }
        if (items.size() > limit && reload != null) {
            Supplier<? extends Collection<T>> again = reload;
            Button next = new Button(getTranslation("cards.more", Math.min(PAGE, items.size() - limit), items.size()),
                    click -> {
                        limit += PAGE;
                        show(again.get());
                    });
            next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            next.addClassName("card-more");
            more = next;
            getContent().add(next);
        }
    }

    private void card(Element card, T item) {
        card.addClass("card");
        card.appendElement("a").addClass("card-title").attr("href", href.apply(item)).text(title.apply(item));
        card.appendElement("span").addClass("card-facts").text(String.join(" · ", facts.apply(item).stream()
                .filter(Objects::nonNull).filter(fact -> !fact.isBlank()).toList()));
    }

    /** The number of cards shown. */
    public int size() {
        return shown;
    }
}
