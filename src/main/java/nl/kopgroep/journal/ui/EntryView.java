package nl.kopgroep.journal.ui;

import nl.kopgroep.journal.JournalNavigation;
import nl.kopgroep.base.ui.FeedbackThread;
import nl.kopgroep.base.ui.DateTimeFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.journal.EntryReadingService;
import nl.kopgroep.journal.FeedbackService;
import nl.kopgroep.journal.JournalService;
import nl.kopgroep.journal.ReadRecord;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.MyCoach;
import nl.kopgroep.journal.ReflectionId;
import nl.kopgroep.security.Role;

/**
 * Reading one entry: its author and coaches and cohort as the rules allow (the service decides and
 * logs the read). The author also sees who read it and when, and can edit or delete it.
 */
@Route("dagboek/:id([0-9]+)")
@RolesAllowed({Role.Names.PARTICIPANT, Role.Names.COACH})
class EntryView extends Main implements BeforeEnterObserver, HasDynamicTitle, JournalNavigation.EntryRoute {

    private final JournalService journal;
    private final EntryReadingService reading;
    private final FeedbackService feedback;
    private final DateTimeFormats formats;
    private String title = "";

    private final CohortService cohorts;

    EntryView(JournalService journal, EntryReadingService reading, FeedbackService feedback, DateTimeFormats formats,
              CohortService cohorts) {
        this.cohorts = cohorts;
        this.journal = journal;
        this.reading = reading;
        this.feedback = feedback;
        this.formats = formats;
        addClassNames("page", "journal-entry");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReflectionId id = JournalNavigation.entryId(event.getRouteParameters()).orElse(null);
        nl.kopgroep.journal.EntryView entry;
        try {
            entry = id == null ? null : reading.read(id);
        } catch (NotFoundException e) {
            entry = null;
        }
        if (entry == null) {
            // Not there, or not for this reader: the same page either way.
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        title = entry.title();
        removeAll();
        add(new Anchor(JournalNavigation.journal(), getTranslation("journal.backToJournal")), new H1(entry.title()));
        add(new Paragraph(getTranslation("journal.meta", entry.authorName(), formats.dateTime(entry.updatedAt()),
                getTranslation(entry.visibility().labelKey()))));
        if (entry.prompt() != null) {
            Paragraph prompt = new Paragraph(getTranslation("journal.promptFrom") + " " + entry.prompt());
            prompt.addClassName("journal-prompt");
            add(prompt);
        }
        if (entry.goalTitle() != null) {
            add(new Paragraph(getTranslation("journal.goal") + ": " + entry.goalTitle()));
        }
        if (entry.municipalRole() != null) {
            add(new Paragraph(getTranslation("journal.municipalRole") + ": " + getTranslation(entry.municipalRole().labelKey())));
        }
        Article body = new Article();
        body.addClassName("lesson-body");
        body.getElement().setProperty("innerHTML", entry.bodyHtml());
        add(body);
        if (entry.own()) {
            Button edit = new Button(getTranslation("journal.edit"),
                    click -> getUI().ifPresent(ui -> ui.navigate(JournalNavigation.editor(id))));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button delete = new Button(getTranslation("journal.delete"), click -> confirmDelete(id));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(new HorizontalLayout(edit, delete));
            if (entry.visibility() != nl.kopgroep.journal.Visibility.PRIVATE) {
                add(thread(id));
            }
            add(readLog(journal.readsOf(id)));
        }
    }

    /** The conversation with my coach under my entry, and my answer. */
    private FeedbackThread thread(ReflectionId id) {
        return new FeedbackThread(FeedbackThread.Conversation.of(
                () -> feedback.thread(id).stream()
                        .map(m -> new FeedbackThread.Message(m.writerName(), m.createdAt(), m.body())).toList(),
                text -> feedback.addFeedback(id, text)),
                formats, "journal.answer", "journal.sendAnswer");
    }

    private void confirmDelete(ReflectionId id) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("journal.delete.title"),
                getTranslation("journal.delete.text"), getTranslation("journal.delete"), click -> {
                    journal.delete(id);
                    getUI().ifPresent(ui -> ui.navigate(JournalNavigation.journal()));
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private com.vaadin.flow.component.Component readLog(List<ReadRecord> reads) {
        com.vaadin.flow.component.html.Section section = new com.vaadin.flow.component.html.Section(
                new H2(getTranslation("journal.readBy")));
        section.addClassName("read-log");
        if (reads.isEmpty()) {
            section.add(new Paragraph(getTranslation("journal.readByNobody")));
        } else {
            UnorderedList list = new UnorderedList();
            reads.forEach(read -> list.add(new ListItem(getTranslation("journal.readByLine",
                    read.readerName().isEmpty() ? getTranslation("privacy.erasedAccount") : read.readerName(),
                    formats.dateTime(read.readAt())))));
            section.add(list);
        }
        // Beside who read it: who may read it, so a new coach never reads along unseen (issue 11).
        List<MyCoach> coaches = cohorts.myCoachAssignments();
        section.add(new H3(getTranslation("journal.myCoaches")));
        if (coaches.isEmpty()) {
            section.add(new Paragraph(getTranslation("journal.myCoaches.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("my-coaches");
            coaches.forEach(c -> list.add(new ListItem(c.since() == null
                    ? getTranslation("coach.assigned.undated", c.coach().displayName())
                    : getTranslation("coach.assigned.since", c.coach().displayName(), formats.longDate(c.since().atZone(formats.zone()).toLocalDate())))));
            section.add(list, new Paragraph(getTranslation("journal.myCoaches.reads")));
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("journal.title.page");
    }
}
