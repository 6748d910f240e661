package nl.kopgroep.review.ui;

import nl.kopgroep.review.ReviewNavigation;
import nl.kopgroep.base.ui.FeedbackThread;
import nl.kopgroep.base.ui.DateTimeFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.journal.EntryView;
import nl.kopgroep.journal.EntryReadingService;
import nl.kopgroep.journal.FeedbackService;
import nl.kopgroep.journal.ReflectionId;
import nl.kopgroep.review.CommentTemplate;
import nl.kopgroep.review.Depth;
import nl.kopgroep.review.ReviewService;
import nl.kopgroep.security.Role;

/**
 * Reviewing one shared entry: read it (the read is logged for its author), answer in the thread,
 * with a comment from the library if useful, place it on the depth rubric and mark it reviewed.
 */
@Route("coach/notitie/:id([0-9]+)")
@RolesAllowed(Role.Names.COACH)
class CoachEntryView extends Main implements BeforeEnterObserver, HasDynamicTitle, ReviewNavigation.EntryRoute {

    private final EntryReadingService journal;
    private final FeedbackService feedback;
    private final ReviewService review;
    private final DateTimeFormats formats;
    private String title = "";

    CoachEntryView(EntryReadingService journal, FeedbackService feedback, ReviewService review,
                   DateTimeFormats formats) {
        this.journal = journal;
        this.feedback = feedback;
        this.formats = formats;
        this.review = review;
        addClassNames("page", "coach-entry");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReflectionId id = ReviewNavigation.entryId(event.getRouteParameters()).orElse(null);
        EntryView entry;
        try {
            if (id == null || !journal.reviewable(id)) {
                throw new NotFoundException();
            }
            entry = journal.read(id);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        title = entry.title();
        show(id, entry);
    }

    private void show(ReflectionId id, EntryView entry) {
        removeAll();
        add(new Anchor(ReviewNavigation.queue(), getTranslation("coach.backToQueue")), new H1(entry.title()),
                new Paragraph(getTranslation("journal.meta", entry.authorName(),
                        formats.dateTime(entry.updatedAt()), getTranslation(entry.visibility().labelKey()))));
        if (entry.prompt() != null) {
            Paragraph prompt = new Paragraph(getTranslation("journal.promptFrom") + " " + entry.prompt());
            prompt.addClassName("journal-prompt");
            add(prompt);
        }
        Article body = new Article();
        body.addClassName("lesson-body");
        body.getElement().setProperty("innerHTML", entry.bodyHtml());
        add(body, thread(id));

        RadioButtonGroup<Depth> depth = new RadioButtonGroup<>(getTranslation("coach.depth"));
        depth.setItems(Depth.values());
        depth.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        review.myDepth(id).ifPresent(depth::setValue);
        Button reviewed = new Button(getTranslation("coach.markReviewed"), click -> {
            review.markReviewed(id, depth.getValue());
            getUI().ifPresent(ui -> ui.navigate(ReviewNavigation.queue()));
        });
        reviewed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section rubric = new Section(new H2(getTranslation("coach.rubric")), depth, reviewed);
        rubric.addClassName("home-section");
        add(rubric);
    }

    /** The conversation with the author, answered with help from my comment library. */
    private FeedbackThread thread(ReflectionId id) {
        FeedbackThread thread = new FeedbackThread(FeedbackThread.Conversation.of(
                () -> feedback.thread(id).stream()
                        .map(m -> new FeedbackThread.Message(m.writerName(), m.createdAt(), m.body())).toList(),
                text -> feedback.addFeedback(id, text)),
                formats, "coach.feedback", "coach.send");
        TextArea text = thread.answerField();
        Select<CommentTemplate> library = new Select<>();
        library.setLabel(getTranslation("coach.library"));
        library.setItems(review.comments());
        library.setItemLabelGenerator(c -> c == null ? "" : shorten(c.body()));
        library.setEmptySelectionAllowed(true);
        library.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                text.setValue((text.getValue().isBlank() ? "" : text.getValue().strip() + "\n\n") + e.getValue().body());
            }
        });
        Button keep = new Button(getTranslation("coach.saveToLibrary"), click -> {
            if (thread.error().attempt(() -> review.addComment(text.getValue()))) {
                library.setItems(review.comments());
            }
        });
        thread.addAboveAnswer(library);
        thread.addAction(keep);
        return thread;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("coach.title");
    }
}
