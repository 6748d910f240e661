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

    public void setItems(Collection<T> items) {
        getContent().removeAll();
        for (T item : items) {
            Anchor link = new Anchor(href.apply(item), title.apply(item));
            link.addClassName("card-title");
            Span line = new Span(String.join(" · ", facts.apply(item).stream().filter(Objects::nonNull)
                    .filter(fact -> !fact.isBlank()).toList()));
            line.addClassName("card-facts");
            ListItem card = new ListItem(link, line);
            card.addClassName("card");
            getContent().add(card);
        }
    }

    public int size() {
        return (int) getContent().getChildren().count();
    }
}
