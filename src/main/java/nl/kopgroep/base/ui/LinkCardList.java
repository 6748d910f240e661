package nl.kopgroep.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A list of items as cards: the title is a link to the item's page, a line of facts below it.
 * Unlike a grid it reflows, so on a phone every title is read whole and nothing scrolls sideways.
 */
public class LinkCardList<T> extends Composite<UnorderedList> {

    private final Function<T, String> href;
    private final Function<T, String> title;
    private final Function<T, List<String>> facts;

    /**
     * @param label the list's accessible name
     * @param href  the item's route, relative (as for {@link Anchor})
     * @param facts short facts shown under the title, blank ones left out
     */
    public LinkCardList(String label, Function<T, String> href, Function<T, String> title, Function<T, List<String>> facts) {
        this.href = href;
        this.title = title;
        this.facts = facts;
        getContent().addClassName("card-list");
        getContent().getElement().setAttribute("aria-label", label);
    }

    /** How many cards a paged list shows at first, and how many more each "show more" adds. */
    public static final int PAGE = 25;

    private java.util.function.@org.jspecify.annotations.Nullable Supplier<? extends Collection<T>> reload;
    private int limit = Integer.MAX_VALUE;
    private com.vaadin.flow.component.html.@org.jspecify.annotations.Nullable ListItem more;

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
    public void setItems(Collection<T> items, java.util.function.Supplier<? extends Collection<T>> reload) {
        this.reload = reload;
        limit = PAGE;
        show(items);
    }

    private void show(Collection<T> items) {
        getContent().removeAll();
        more = null;
        int shown = 0;
        for (T item : items) {
            if (shown++ == limit) {
                break;
            }
            Anchor link = new Anchor(href.apply(item), title.apply(item));
            link.addClassName("card-title");
            Span line = new Span(String.join(" · ", facts.apply(item).stream().filter(Objects::nonNull)
                    .filter(fact -> !fact.isBlank()).toList()));
            line.addClassName("card-facts");
            ListItem card = new ListItem(link, line);
            card.addClassName("card");
            getContent().add(card);
        }
        if (items.size() > limit && reload != null) {
            com.vaadin.flow.component.button.Button next = new com.vaadin.flow.component.button.Button(
                    getTranslation("cards.more", Math.min(PAGE, items.size() - limit), items.size()), click -> {
                        limit += PAGE;
                        show(reload.get());
                    });
            next.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
            more = new ListItem(next);
            more.addClassName("card-more");
            getContent().add(more);
        }
    }

    /** The number of cards shown. */
    public int size() {
        return (int) getContent().getChildren().count() - (more == null ? 0 : 1);
    }
}
