package nl.kopgroep.journal.ui;

import nl.kopgroep.journal.JournalNavigation;
import nl.kopgroep.base.ui.BrowserCopies;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.DateTimeFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.journal.EntryForm;
import nl.kopgroep.journal.JournalService;
import nl.kopgroep.journal.ReflectionId;
import nl.kopgroep.journal.SavedDraft;
import nl.kopgroep.journal.Visibility;
import nl.kopgroep.programme.ProgrammeService;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Writing an entry, new or existing. What is typed is saved on the server a moment after typing
 * stops ("opgeslagen om 14:02") and copied in the browser while the server cannot be reached; a
 * draft left behind by a time-out, a closed tab or a restart is put back when the entry is opened.
 */
@Route("dagboek/schrijven/:id?([0-9]+)")
@RolesAllowed(Role.Names.PARTICIPANT)
class EntryEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle, JournalNavigation.EditorRoute {

    private static final int AUTOSAVE_AFTER_MS = 1500;

    private final JournalService journal;
    private final DateTimeFormats formats;
    private final ProgrammeService programme;
    private final long userId;
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Select<Visibility> visibility = new Select<>();
    private final Select<MunicipalRole> role = new Select<>();
    private final Select<nl.kopgroep.goals.GoalView> goal = new Select<>();
    private final Span saveStatus = new Span();
    private final Paragraph notice = new Paragraph();
    private final FormError error = new FormError();
    private final Div promptBox = new Div();
    private final Div preview = new Div();
    private @Nullable ReflectionId entry;
    private @Nullable Long baseVersion;
    private @Nullable String lessonKey;
    private @Nullable String prompt;

    EntryEditorView(JournalService journal, ProgrammeService programme, CurrentUser currentUser,
                    nl.kopgroep.goals.GoalService goals, DateTimeFormats formats) {
        this.journal = journal;
        this.formats = formats;
        this.programme = programme;
        this.userId = currentUser.id().value();
        addClassNames("page", "journal-editor");

        title.setLabel(getTranslation("journal.title"));
        title.setHelperText(getTranslation("journal.titleHelp"));
        title.setMaxLength(200);
        title.setWidthFull();
        body.setLabel(getTranslation("journal.body"));
        body.setHelperText(getTranslation("journal.bodyHelp"));
        body.setWidthFull();
        body.setMinHeight("16rem");
        // Debounced: saved once typing pauses, so a long text costs one request per pause, not per key.
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setValueChangeTimeout(AUTOSAVE_AFTER_MS);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setValueChangeTimeout(AUTOSAVE_AFTER_MS);
        visibility.setLabel(getTranslation("journal.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation(v.labelKey()));
        visibility.setHelperText(getTranslation("journal.visibilityHelp"));
        visibility.setValue(Visibility.PRIVATE);
        role.setLabel(getTranslation("journal.municipalRole"));
        role.setItems(MunicipalRole.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("journal.noRole"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("journal.noRole") : getTranslation(r.labelKey()));

        goal.setLabel(getTranslation("journal.goal"));
        goal.setItems(goals.myGoals());
        goal.setEmptySelectionAllowed(true);
        goal.setEmptySelectionCaption(getTranslation("journal.noGoal"));
        goal.setItemLabelGenerator(g -> g == null ? getTranslation("journal.noGoal") : g.title());
        goal.addValueChangeListener(e -> autosave(e.isFromClient()));

        saveStatus.addClassName("save-status");
        saveStatus.getElement().setAttribute("role", "status");
        saveStatus.getElement().setAttribute("aria-live", "polite");
        notice.addClassName("draft-notice");
        notice.setVisible(false);
        promptBox.addClassName("journal-prompt");

        title.addValueChangeListener(e -> autosave(e.isFromClient()));
        body.addValueChangeListener(e -> autosave(e.isFromClient()));
        visibility.addValueChangeListener(e -> autosave(e.isFromClient()));
        role.addValueChangeListener(e -> autosave(e.isFromClient()));

        Button save = new Button(getTranslation("journal.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button showPreview = new Button(getTranslation("journal.preview"), click -> {
            preview.getElement().setProperty("innerHTML", journal.preview(body.getValue()));
            preview.setVisible(true);
        });
        Button back = new Button(getTranslation("journal.backToJournal"),
                click -> getUI().ifPresent(ui -> ui.navigate(JournalNavigation.journal())));
        Button discard = new Button(getTranslation("journal.discardDraft"), click -> discard());
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        preview.addClassNames("lesson-body", "journal-preview");
        preview.setVisible(false);
        Details markdownHelp = new Details(getTranslation("journal.markdownHelp.title"),
                new Paragraph(getTranslation("journal.markdownHelp")));

        HorizontalLayout options = new HorizontalLayout(visibility, role, goal);
        options.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(save, showPreview, back, discard);
        actions.setWrap(true);
        add(new H1(getTranslation("journal.write")), notice, error, promptBox, title, body, markdownHelp, options,
                saveStatus, actions, preview);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        entry = JournalNavigation.entryId(event.getRouteParameters()).orElse(null);
        EntryForm form = entry == null ? newEntry(event) : journal.edit(entry);
        baseVersion = form.baseVersion();
        show(form);
        journal.draft(entry).ifPresent(this::offerDraft);
        keepBrowserCopy();
    }

    private EntryForm newEntry(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        String lesson = query.getSingleParameter("les").orElse(null);
        int index = query.getSingleParameter("vraag").map(EntryEditorView::number).orElse(-1);
        String promptText = null;
        if (lesson != null && index >= 0) {
            List<String> prompts = programme.lesson(lesson).reflectionPrompts();
            promptText = index < prompts.size() ? prompts.get(index) : null;
        }
        if (promptText == null) {
            var occasion = query.getSingleParameter(JournalNavigation.OCCASION).flatMap(kind ->
                    query.getSingleParameter(JournalNavigation.OCCASION_ID).map(EntryEditorView::number)
                            .filter(id -> id > 0).flatMap(id -> journal.occasion(kind, id)));
            if (occasion.isPresent()) {
                return new EntryForm(null, occasion.get().title(), "", Visibility.PRIVATE, null, occasion.get().prompt(),
                        null, null);
            }
        }
        return new EntryForm(null, "", "", Visibility.PRIVATE, promptText == null ? null : lesson, promptText, null, null);
    }

    private void show(EntryForm form) {
        title.setValue(form.title());
        body.setValue(form.body());
        visibility.setValue(form.visibility());
        role.setValue(form.municipalRole());
        goal.setValue(goal.getListDataView().getItems().filter(g -> form.goalId() != null && g.id() == form.goalId())
                .findFirst().orElse(null));
        lessonKey = form.lessonKey();
        prompt = form.prompt();
        promptBox.removeAll();
        promptBox.setVisible(prompt != null);
        if (prompt != null) {
            promptBox.add(new Paragraph(getTranslation("journal.promptFrom")), new Paragraph(prompt));
        }
    }

    /** A draft on the server differs from what is shown: put it back, and say so. */
    private void offerDraft(SavedDraft draft) {
        EntryForm shown = form();
        if (draft.form().body().equals(shown.body()) && draft.form().title().equals(shown.title())) {
            return;
        }
        show(draft.form());
        notice.setText(getTranslation("journal.draftRestored", formats.time(draft.savedAt())));
        notice.setVisible(true);
        saveStatus.setText(formats.savedAt(draft.savedAt()));
    }

    private void autosave(boolean fromClient) {
        if (!fromClient) {
            return;
        }
        try {
            EntryForm typed = form();
            Instant saved = journal.saveDraft(typed);
            saveStatus.setText(formats.savedAt(saved));
            // The server has this text now; the browser's copy is only needed for what came after it.
            getElement().executeJs("if (sessionStorage.getItem($0) === $1) { sessionStorage.removeItem($0); }",
                    browserKey(), typed.body());
        } catch (RuntimeException e) {
            saveStatus.setText(getTranslation("journal.savedInBrowser"));
        }
    }

    private void save() {
        try {
            ReflectionId saved = journal.save(form());
            clearBrowserCopy();
            getUI().ifPresent(ui -> ui.navigate(JournalNavigation.entry(saved)));
        } catch (DomainException e) {
            error.show(e);
        }
    }

    private void discard() {
        journal.discardDraft(entry);
        clearBrowserCopy();
        getUI().ifPresent(ui -> ui.navigate(JournalNavigation.journal()));
    }

    private EntryForm form() {
        return new EntryForm(entry, title.getValue(), body.getValue(), visibility.getValue(), lessonKey, prompt,
                role.getValue(), baseVersion, goal.getValue() == null ? null : goal.getValue().id());
    }

    private String browserKey() {
        return BrowserCopies.key(userId, entry == null ? "new" : "entry-" + entry.value());
    }

    /**
     * The browser keeps its own copy while typing, for when the server cannot be reached; a copy
     * newer than what the server has is put back on the next visit in this tab. It is in
     * sessionStorage, removed at sign-out and when another person signs in here ({@link BrowserCopies}).
     */
    private void keepBrowserCopy() {
        BrowserCopies.keep(body, browserKey());
    }

    private void clearBrowserCopy() {
        BrowserCopies.clear(this, browserKey());
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journal.write");
    }
}
