package nl.kopgroep.scan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import nl.kopgroep.programme.CompetencyProfile;
import nl.kopgroep.scan.EvidenceChoice;
import nl.kopgroep.scan.LowCompetency;
import nl.kopgroep.scan.ScanSheet;
import nl.kopgroep.scan.Score;
import nl.kopgroep.scan.ScoreForm;
import nl.kopgroep.scan.Scorer;
import org.jspecify.annotations.Nullable;

/**
 * A round's scan for either side: while open, per competency the four levels with their indicators as choices, the
 * participant's evidence and a note, each saved as soon as it changes (a refused change keeps what was typed); once
 * submitted, what this side gave; once closed, both sides next to each other with every difference marked.
 */
class ScanSheetPanel extends Composite<Div> {

    interface Actions {
        Instant save(ScoreForm form);

        void submit();
    }

    private final ScanSheet sheet;
    private final DateTimeFormats formats;
    private final Function<EvidenceChoice, @Nullable String> links;

    ScanSheetPanel(ScanSheet sheet, DateTimeFormats formats, String goalsPage, Actions actions, Runnable refresh) {
        this.sheet = sheet;
        this.formats = formats;
        this.links = ScanTexts.links(goalsPage);
        Div root = getContent();
        root.addClassName("scan-sheet");
        if (sheet.closed()) {
            root.add(comparison());
        }
        if (!sheet.low().isEmpty()) {
            root.add(low(this, sheet.low(), sheet.me(), goalsPage));
        }
        FormError submitError = new FormError();
        for (CompetencyProfile competency : sheet.framework()) {
            root.add(sheet.round().fillable() ? editor(competency, actions) : readOnly(competency));
        }
        if (sheet.round().fillable()) {
            Button submit = SaveButton.saveOnce(new Button(getTranslation("scan.submit")),
                    () -> submitError.attempt(actions::submit), refresh);
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            root.add(submitError, new Paragraph(getTranslation(sheet.me() == Scorer.SELF ? "scan.submitHelp.SELF"
                    : "scan.submitHelp.COACH")), submit);
        } else if (!sheet.closed()) {
            root.addComponentAsFirst(new Paragraph(getTranslation("scan.submitted." + sheet.me().name())));
        }
    }

    private Section editor(CompetencyProfile competency, Actions actions) {
        Section section = new Section();
        section.addClassName("scan-competency");
        section.add(new H2(competency.name()), new Paragraph(competency.description()));
        Score mine = sheet.mine().get(competency.code());
        RadioButtonGroup<Integer> level = new RadioButtonGroup<>(getTranslation("scan.level.label", competency.name()));
        level.addClassName("scan-levels");
        level.setItems(competency.levels().stream().map(CompetencyProfile.Level::number).toList());
        level.setRenderer(new ComponentRenderer<>(number -> levelText(competency, number)));
        ComboBox<EvidenceChoice> evidence = new ComboBox<>(getTranslation("scan.evidence"));
        evidence.setItems(sheet.evidenceChoices());
        evidence.setItemLabelGenerator(choice -> ScanTexts.evidenceLabel(this, choice, formats));
        evidence.setClearButtonVisible(true);
        evidence.setPlaceholder(getTranslation("scan.evidence.none"));
        evidence.setWidthFull();
        TextArea note = new TextArea(getTranslation("scan.note"));
        note.setMaxLength(1000);
        note.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        note.setValueChangeTimeout(1500);
        note.setWidthFull();
        Span saved = new Span();
        saved.addClassName("saved-at");
        saved.getElement().setAttribute("aria-live", "polite");
        FormError error = new FormError();
        if (mine != null) {
            level.setValue(mine.level());
            if (mine.evidence() != null) {
                sheet.evidenceChoices().stream().filter(c -> c.kind() == mine.evidence().kind()
                        && c.id() == mine.evidence().id()).findFirst().ifPresent(evidence::setValue);
            }
            note.setValue(mine.note() == null ? "" : mine.note());
            saved.setText(formats.savedAt(mine.updatedAt()));
        }
        Runnable save = () -> error.attempt(() -> {
            EvidenceChoice chosen = evidence.getValue();
            Instant at = actions.save(new ScoreForm(competency.code(), level.getValue(),
                    chosen == null ? null : chosen.kind(), chosen == null ? null : chosen.id(), note.getValue()));
            saved.setText(formats.savedAt(at));
        });
        // listeners come after the saved values are shown, so only the scorer's own changes save
        level.addValueChangeListener(e -> save.run());
        evidence.addValueChangeListener(e -> save.run());
        note.addValueChangeListener(e -> save.run());
        section.add(level);
        if (sheet.me() == Scorer.SELF) {
            section.add(evidence);
        }
        section.add(note, error, saved);
        return section;
    }

    private Div levelText(CompetencyProfile competency, int number) {
        CompetencyProfile.Level level = competency.levels().get(number - 1);
        UnorderedList indicators = new UnorderedList();
        level.indicators().forEach(indicator -> indicators.add(new ListItem(indicator)));
        return new Div(strong(getTranslation("scan.level.option", level.number(), level.name())), indicators);
    }

    private Section readOnly(CompetencyProfile competency) {
        Section section = new Section();
        section.addClassName("scan-competency");
        section.add(new H2(competency.name()));
        Scorer other = sheet.me() == Scorer.SELF ? Scorer.COACH : Scorer.SELF;
        Div sides = new Div();
        sides.addClassName("scan-sides");
        sides.add(side(competency, sheet.me(), sheet.mine().get(competency.code())));
        if (sheet.closed()) {
            sides.add(side(competency, other, sheet.theirs().get(competency.code())));
        }
        section.add(sides);
        return section;
    }

    private Div side(CompetencyProfile competency, Scorer scorer, @Nullable Score score) {
        Div side = new Div();
        side.addClassName("scan-side");
        side.add(new H3(getTranslation("scan.side." + scorer.name())));
        if (score == null || score.level() == null) {
            side.add(new Paragraph(getTranslation("scan.noLevel")));
            return side;
        }
        side.add(new Paragraph(getTranslation("scan.level.option", score.level(),
                competency.levels().get(score.level() - 1).name())));
        if (score.evidence() != null) {
            Paragraph evidence = new Paragraph(new Span(getTranslation("scan.evidence.label") + " "));
            evidence.add(ScanTexts.evidence(this, score.evidence(), sheet.me(), formats, links));
            side.add(evidence);
        }
        if (score.note() != null) {
            Paragraph note = new Paragraph(score.note());
            note.addClassName("scan-note");
            side.add(note);
        }
        return side;
    }

    private record Row(String name, @Nullable Integer self, @Nullable Integer coach) {
        int difference() {
            return self == null || coach == null ? 0 : Math.abs(self - coach);
        }
    }

    private Section comparison() {
        Map<String, Score> self = sheet.me() == Scorer.SELF ? sheet.mine() : sheet.theirs();
        Map<String, Score> coach = sheet.me() == Scorer.SELF ? sheet.theirs() : sheet.mine();
        List<Row> rows = sheet.framework().stream().map(c -> new Row(c.name(), level(self.get(c.code())),
                level(coach.get(c.code())))).toList();
        Grid<Row> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("scan.compare.title"));
        grid.addColumn(Row::name).setHeader(getTranslation("scan.competency")).setAutoWidth(true);
        grid.addColumn(r -> text(r.self())).setHeader(getTranslation("scan.side.SELF"));
        grid.addColumn(r -> text(r.coach())).setHeader(getTranslation("scan.side.COACH"));
        grid.addColumn(r -> r.difference() == 0 ? getTranslation("scan.compare.same")
                : getTranslation("scan.compare.differs", r.difference())).setHeader(getTranslation("scan.compare.difference"))
                .setAutoWidth(true);
        grid.setPartNameGenerator(r -> r.difference() > 0 ? "scan-differs" : null);
        grid.setItems(rows);
        Section section = new Section(new H2(getTranslation("scan.compare.title")),
                new Paragraph(getTranslation("scan.compare.intro", sheet.differences().size())), grid);
        section.addClassNames("home-section", "scan-comparison");
        return section;
    }

    private static Span strong(String text) {
        Span span = new Span(text);
        span.addClassName("scan-strong");
        return span;
    }

    private static @Nullable Integer level(@Nullable Score score) {
        return score == null ? null : score.level();
    }

    private String text(@Nullable Integer level) {
        return level == null ? "–" : String.valueOf(level);
    }


    /** The competencies that scored 1 or 2, each with the learning goals that work on it or a way to make one. */
    static Section low(Component on, List<LowCompetency> low, Scorer me, String goalsPage) {
        Section section = new Section(new H2(on.getTranslation("scan.low.title")),
                new Paragraph(on.getTranslation("scan.low.intro")));
        section.addClassNames("home-section", "scan-low");
        UnorderedList list = new UnorderedList();
        for (LowCompetency competency : low) {
            ListItem item = new ListItem(strong(competency.name()));
            if (competency.goals().isEmpty()) {
                item.add(new Span(" – " + on.getTranslation("scan.low.none." + me.name()) + " "));
                if (me == Scorer.SELF) {
                    item.add(new Anchor(goalsPage, on.getTranslation("scan.low.create")));
                }
            } else {
                UnorderedList goals = new UnorderedList();
                competency.goals().forEach(goal -> goals.add(new ListItem(new Anchor(goalsPage, goal.title()))));
                item.add(goals);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }
}
