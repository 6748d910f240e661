package nl.kopgroep.review.ui;

import nl.kopgroep.review.ReviewNavigation;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import nl.kopgroep.base.ui.DateTimeFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.ui.LinkCardList;
import nl.kopgroep.organisation.Person;
import nl.kopgroep.review.CoachNote;
import nl.kopgroep.review.QueueItem;
import nl.kopgroep.review.ReviewService;
import nl.kopgroep.security.Role;

/**
 * The coach's desk: shared entries awaiting feedback, oldest first, per coachee or all; and the
 * private notes per coachee, which only this coach ever sees.
 */
@Route("coach")
@RolesAllowed(Role.Names.COACH)
@Menu(order = 30, icon = "vaadin:comments", title = "nav.coach")
class CoachView extends Main implements HasDynamicTitle, ReviewNavigation.QueueRoute {

    private final ReviewService review;
    private final Select<Person> coachee = new Select<>();
    private final LinkCardList<QueueItem> queue;
    private final Section notes = new Section();
    private final Section library = new Section();
    private final DateTimeFormats formats;

    CoachView(ReviewService review, DateTimeFormats formats) {
        this.review = review;
        this.formats = formats;
        addClassNames("page", "coach-page");
        add(new H1(getTranslation("coach.title")));

        coachee.setLabel(getTranslation("coach.coachee"));
        coachee.setItems(review.coachees());
        coachee.setEmptySelectionAllowed(true);
        coachee.setEmptySelectionCaption(getTranslation("coach.allCoachees"));
        coachee.setItemLabelGenerator(p -> p == null ? getTranslation("coach.allCoachees") : p.displayName());
        coachee.addValueChangeListener(e -> refresh());

        // Cards, not a grid: on a phone a grid cut every title to a few letters.
        queue = new LinkCardList<>(getTranslation("coach.queue"), q -> ReviewNavigation.entry(q.entry().id()),
                q -> q.entry().title(), q -> List.of(q.entry().authorName(), formats.dateTime(q.entry().updatedAt()),
                        getTranslation("coach.waiting", q.waitingDays())));
        queue.addClassName("coach-queue");

        notes.addClassName("home-section");
        library.addClassName("home-section");
        add(coachee, new H2(getTranslation("coach.queue")), queue, notes, library);
        refresh();
        showLibrary();
    }

    private void refresh() {
        Person selected = coachee.getValue();
        var items = review.queue(selected == null ? null : selected.id());
        queue.setItems(items);
        queue.setVisible(!items.isEmpty());
        notes.removeAll();
        if (items.isEmpty()) {
            notes.add(new Paragraph(getTranslation("coach.queueEmpty")));
        }
        if (selected != null) {
            showNotes(selected);
        }
        notes.setVisible(notes.getChildren().findAny().isPresent());
    }

    private void showNotes(Person person) {
        notes.add(new H2(getTranslation("coach.notes", person.displayName())),
                new Paragraph(getTranslation("coach.notesPrivate")));
        TextArea text = new TextArea(getTranslation("coach.newNote"));
        text.setWidthFull();
        FormError error = new FormError();
        Button add = SaveButton.saveEach(new Button(getTranslation("coach.addNote")), () -> {
            try {
                review.addNote(person.id(), text.getValue());
                refresh();
            } catch (DomainException e) {
                error.show(e);
            }
        });
        UnorderedList list = new UnorderedList();
        for (CoachNote note : review.notes(person.id())) {
            list.add(new ListItem(formats.dateTime(note.createdAt()) + " – " + note.body()));
        }
        notes.add(error, text, add, list);
    }

    /** My reusable comments: add one, or remove one I no longer use. */
    private void showLibrary() {
        library.removeAll();
        library.add(new H2(getTranslation("coach.libraryTitle")));
        UnorderedList list = new UnorderedList();
        for (var comment : review.comments()) {
            Button remove = new Button(getTranslation("coach.removeComment"), click -> {
                review.removeComment(comment.id());
                showLibrary();
            });
            remove.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("coach.removeCommentNamed", comment.body()));
            list.add(new ListItem(new com.vaadin.flow.component.html.Span(comment.body() + " "), remove));
        }
        TextArea text = new TextArea(getTranslation("coach.newComment"));
        text.setWidthFull();
        FormError error = new FormError();
        Button add = SaveButton.saveEach(new Button(getTranslation("coach.addComment")), () -> {
            try {
                review.addComment(text.getValue());
                showLibrary();
            } catch (DomainException e) {
                error.show(e);
            }
        });
        library.add(list, error, text, add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coach.title");
    }
}
