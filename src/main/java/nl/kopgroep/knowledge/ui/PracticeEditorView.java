package nl.kopgroep.knowledge.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.ui.BrowserCopies;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import nl.kopgroep.knowledge.KnowledgeNavigation;
import nl.kopgroep.knowledge.PracticeDraft;
import nl.kopgroep.knowledge.PracticeForm;
import nl.kopgroep.knowledge.PracticeService;
import nl.kopgroep.knowledge.Sharing;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Writing a practice in the After Action Review form, new or one of mine. What is typed is saved on the server a
 * moment after typing stops and copied in the browser (sessionStorage, like the journal editor) while the server
 * cannot be reached; a draft is put back when the editor is opened again. Nothing comes from the journal: whoever
 * wants a journal text here pastes it.
 */
@Route("kennisbank/schrijven/:id?([0-9]+)")
@RolesAllowed(Role.Names.PARTICIPANT)
class PracticeEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle, KnowledgeNavigation.EditorRoute {

    private static final int AUTOSAVE_AFTER_MS = 1500;

    private final PracticeService practices;
    private final DateTimeFormats formats;
    private final long userId;
    private final TextField title = new TextField();
    private final TextArea intention = new TextArea();
    private final TextArea happened = new TextArea();
    private final TextArea difference = new TextArea();
    private final TextArea lessons = new TextArea();
    private final RadioButtonGroup<Sharing> sharing = new RadioButtonGroup<>();
    private final CheckboxGroup<String> themes = new CheckboxGroup<>();
    private final CheckboxGroup<MunicipalRole> roles = new CheckboxGroup<>();
    private final CheckboxGroup<String> competencies = new CheckboxGroup<>();
    private final TextField partners = new TextField();
    private final Span saveStatus = new Span();
    private final Paragraph notice = new Paragraph();
    private final FormError error = new FormError();
    private @Nullable Long practice;
    /** The practice the last publish saved: where the page goes next. */
    private long published;

    PracticeEditorView(PracticeService practices, DateTimeFormats formats, CurrentUser currentUser) {
        this.practices = practices;
        this.formats = formats;
        this.userId = currentUser.id().value();
        addClassNames("page", "practice-editor");

        title.setLabel(getTranslation("knowledge.form.title"));
        title.setHelperText(getTranslation("knowledge.form.titleHelp"));
        title.setMaxLength(PracticeForm.TITLE_MAX);
        title.setWidthFull();
        title.setRequiredIndicatorVisible(true);
        area(intention, "knowledge.intention", "knowledge.form.intentionHelp");
        area(happened, "knowledge.happened", "knowledge.form.happenedHelp");
        area(difference, "knowledge.difference", "knowledge.form.differenceHelp");
        area(lessons, "knowledge.lessons", "knowledge.form.lessonsHelp");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setValueChangeTimeout(AUTOSAVE_AFTER_MS);

        sharing.setLabel(getTranslation("knowledge.sharing"));
        sharing.setItems(Sharing.values());
        sharing.setItemLabelGenerator(s -> getTranslation(s.labelKey() + ".long"));
        sharing.setValue(Sharing.MUNICIPALITY);
        List<String> themeOptions = practices.themeOptions();
        themes.setLabel(getTranslation("knowledge.form.themes"));
        themes.setItems(themeOptions);
        themes.setVisible(!themeOptions.isEmpty());
        roles.setLabel(getTranslation("knowledge.form.roles"));
        roles.setItems(MunicipalRole.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        Map<String, String> competencyOptions = practices.competencyOptions();
        competencies.setLabel(getTranslation("knowledge.form.competencies"));
        competencies.setItems(new ArrayList<>(competencyOptions.keySet()));
        competencies.setItemLabelGenerator(c -> competencyOptions.getOrDefault(c, c));
        partners.setLabel(getTranslation("knowledge.form.partners"));
        partners.setHelperText(getTranslation("knowledge.form.partnersHelp"));
        partners.setWidthFull();
        partners.setValueChangeMode(ValueChangeMode.LAZY);
        partners.setValueChangeTimeout(AUTOSAVE_AFTER_MS);

        for (AbstractField<?, ?> field : List.<AbstractField<?, ?>>of(title, intention, happened, difference, lessons,
                sharing, themes, roles, competencies, partners)) {
            field.addValueChangeListener(e -> autosave(e.isFromClient()));
        }
        saveStatus.addClassName("save-status");
        saveStatus.getElement().setAttribute("role", "status");
        saveStatus.getElement().setAttribute("aria-live", "polite");
        notice.addClassName("draft-notice");
        notice.setVisible(false);

        Button publish = SaveButton.saveOnce(new Button(getTranslation("knowledge.form.publish")), this::publish,
                this::afterPublish);
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(getTranslation("knowledge.form.discard"), click -> discard());
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button back = new Button(getTranslation("knowledge.form.back"),
                click -> getUI().ifPresent(ui -> ui.navigate(KnowledgeNavigation.mine())));
        HorizontalLayout actions = new HorizontalLayout(publish, back, discard);
        actions.setWrap(true);
        add(new H1(getTranslation("knowledge.write")), new Paragraph(getTranslation("knowledge.form.intro")), notice,
                error, title, intention, happened, difference, lessons, sharing, themes, roles, competencies, partners,
                saveStatus, actions);
    }

    private void area(TextArea area, String label, String help) {
        area.setLabel(getTranslation(label));
        area.setHelperText(getTranslation(help));
        area.setWidthFull();
        area.setMinHeight("7rem");
        area.setMaxLength(PracticeForm.FIELD_MAX);
        area.setRequiredIndicatorVisible(true);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(AUTOSAVE_AFTER_MS);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practice = KnowledgeNavigation.id(event.getRouteParameters()).orElse(null);
        try {
            PracticeDraft start = practices.editorStart(practice);
            show(start.form());
            practices.draft(practice).ifPresent(draft -> {
                notice.setText(getTranslation("knowledge.form.draftRestored", formats.time(draft.savedAt())));
                notice.setVisible(true);
                saveStatus.setText(formats.savedAt(draft.savedAt()));
            });
            keepBrowserCopies();
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show(PracticeForm form) {
        title.setValue(form.title());
        intention.setValue(form.intention());
        happened.setValue(form.happened());
        difference.setValue(form.difference());
        lessons.setValue(form.lessons());
        sharing.setValue(form.sharing());
        themes.setValue(new LinkedHashSet<>(form.themes().stream()
                .filter(t -> themes.getListDataView().getItems().anyMatch(t::equals)).toList()));
        roles.setValue(form.roles());
        competencies.setValue(new LinkedHashSet<>(form.competencies()));
        partners.setValue(String.join(", ", form.partners()));
    }

    private PracticeForm form() {
        List<String> partnerList = Arrays.stream(partners.getValue().split("[,;]")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
        return new PracticeForm(title.getValue(), intention.getValue(), happened.getValue(), difference.getValue(),
                lessons.getValue(), sharing.getValue(), new ArrayList<>(themes.getValue()),
                roles.getValue(), new ArrayList<>(competencies.getValue()), partnerList);
    }

    private void autosave(boolean fromClient) {
        if (!fromClient) {
            return;
        }
        try {
            Instant saved = practices.saveDraft(practice, form());
            saveStatus.setText(formats.savedAt(saved));
        } catch (RuntimeException e) {
            saveStatus.setText(getTranslation("knowledge.form.savedInBrowser"));
        }
    }

    /** Publishes (or updates) the practice; on a broken rule shows why and keeps what was typed, in form and draft. */
    private boolean publish() {
        try {
            if (practice == null) {
                published = practices.publish(form());
            } else {
                published = practice;
                practices.update(published, form());
            }
            return true;
        } catch (DomainException e) {
            error.show(e);
            autosave(true);
            return false;
        }
    }

    private void afterPublish() {
        clearBrowserCopies();
        getUI().ifPresent(ui -> ui.navigate(KnowledgeNavigation.practice(published)));
    }

    private void discard() {
        practices.discardDraft(practice);
        clearBrowserCopies();
        getUI().ifPresent(ui -> ui.navigate(KnowledgeNavigation.mine()));
    }

    private String browserKey(String field) {
        return BrowserCopies.key(userId, "praktijk-" + (practice == null ? "nieuw" : practice) + "-" + field);
    }

    /** Each of the four long texts keeps a browser copy while typing, put back if newer than the server's. */
    private void keepBrowserCopies() {
        Map<String, TextArea> areas = Map.of("intention", intention, "happened", happened, "difference", difference,
                "lessons", lessons);
        areas.forEach((name, area) -> BrowserCopies.keep(area, browserKey(name)));
    }

    private void clearBrowserCopies() {
        for (String name : List.of("intention", "happened", "difference", "lessons")) {
            BrowserCopies.clear(this, browserKey(name));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("knowledge.write");
    }
}
