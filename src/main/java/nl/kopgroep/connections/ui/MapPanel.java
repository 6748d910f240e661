package nl.kopgroep.connections.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.PhoneColumns;
import nl.kopgroep.connections.MapActor;
import nl.kopgroep.connections.MapAnalysis;
import nl.kopgroep.connections.MapPage;
import nl.kopgroep.connections.MapTie;
import nl.kopgroep.programme.ProgrammeNavigation;
import org.jspecify.annotations.Nullable;

/**
 * A map as every reader sees it: the drawing with its legend, the analysis that teaches, and the two
 * tables (actors, ties) with the same content as the drawing — the keyboard path through the map. The
 * owner's page passes {@link Editing} to get edit and delete buttons in the tables.
 */
class MapPanel extends Div {

    /** The owner's actions on a row. */
    interface Editing {
        void editActor(MapActor actor);

        void deleteActor(MapActor actor);

        void editTie(MapTie tie);

        void deleteTie(MapTie tie);
    }

    /**
     * The map of the participant named in the address, as {@code load} may read it; else the event goes to the
     * not-found page ("not yours" and "no such map" look the same) and the result is empty.
     */
    static java.util.Optional<nl.kopgroep.connections.MapPage> mapOfAddressed(com.vaadin.flow.router.BeforeEnterEvent event,
            java.util.function.Function<nl.kopgroep.base.UserId, nl.kopgroep.connections.MapPage> load) {
        try {
            return java.util.Optional.of(nl.kopgroep.connections.ConnectionsNavigation.participantId(event.getRouteParameters())
                    .map(load).orElseThrow(nl.kopgroep.base.NotFoundException::new));
        } catch (nl.kopgroep.base.NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return java.util.Optional.empty();
        }
    }

    static final String LESSON_BROKERAGE = "regie-en-verbinden-netwerktheorie";
    static final String LESSON_SINGLE_TIE = "regie-en-verbinden-bewust-kiezen";
    static final String LESSON_HORIZONTAL = "start-waarom-kopgroep";
    static final String LESSON_BALANCE = "regie-en-verbinden-wat-het-vraagt";
    static final String LESSON_KINDS = "regie-en-verbinden-netwerk-in-kaart";

    private final MapPage page;
    private final Map<String, String> commitmentTitles;
    private final DateTimeFormats formats;

    MapPanel(MapPage page, Map<String, String> commitmentTitles, DateTimeFormats formats, @Nullable Editing editing) {
        this.page = page;
        this.commitmentTitles = commitmentTitles;
        this.formats = formats;
        addClassName("map-panel");
        if (page.isEmpty()) {
            add(new Paragraph(getTranslation(editing == null ? "connections.emptyOther" : "connections.empty")));
            return;
        }
        Div picture = new Div(MapDrawing.of("map-drawing", page, this::getTranslation), MapDrawing.legend(this::getTranslation));
        picture.addClassName("map-picture");
        add(picture, analysis(), actors(editing), ties(editing));
    }

    // --- analysis -------------------------------------------------------------------------------------

    private Component analysis() {
        MapAnalysis.Result result = page.analysis();
        Section section = new Section(new H2(getTranslation("connections.analysis")));
        section.addClassNames("map-analysis");

        List<Component> brokerage = new ArrayList<>();
        brokerage.add(new Paragraph(result.constraint() == null ? getTranslation("connections.brokerage.none")
                : getTranslation("connections.brokerage.value", decimal(result.constraint()), percent(result.betweenness()))));
        if (!result.bridgedGroups().isEmpty()) {
            brokerage.add(new Paragraph(getTranslation("connections.brokerage.groups", result.bridgedGroups().size(),
                    result.bridgedGroups().stream().map(this::group).collect(Collectors.joining("; ")))));
        }
        if (!result.unconnectedActors().isEmpty()) {
            brokerage.add(new Paragraph(getTranslation("connections.brokerage.loose", names(result.unconnectedActors()))));
        }
        section.add(card("connections.brokerage.title", brokerage, "connections.brokerage.explain", LESSON_BROKERAGE));

        if (!page.goalTitles().isEmpty()) {
            List<Component> goals = new ArrayList<>();
            goals.add(new Paragraph(result.singleTieGoals().isEmpty() ? getTranslation("connections.singleTie.none")
                    : getTranslation("connections.singleTie.value", goalNames(result.singleTieGoals()))));
            if (!result.goalsWithoutTie().isEmpty()) {
                goals.add(new Paragraph(getTranslation("connections.singleTie.without", goalNames(result.goalsWithoutTie()))));
            }
            section.add(card("connections.singleTie.title", goals, "connections.singleTie.explain", LESSON_SINGLE_TIE));
        }

        section.add(card("connections.horizontal.title", List.of(new Paragraph(result.horizontalShare() == null
                        ? getTranslation("connections.noTies")
                        : getTranslation("connections.horizontal.value", percent(result.horizontalShare()), result.horizontal(),
                        result.ties(), result.crossingDepartments(), result.crossingMunicipality()))),
                page.ownDepartment() == null ? "connections.horizontal.explainNoDepartment" : "connections.horizontal.explain",
                LESSON_HORIZONTAL));

        section.add(card("connections.balance.title", List.of(new Paragraph(result.regieShare() == null
                        ? getTranslation("connections.noTies")
                        : getTranslation("connections.balance.value", result.regie(), result.verbinden(),
                        percent(result.regieShare())))),
                "connections.balance.explain", LESSON_BALANCE));

        if (!result.missingKinds().isEmpty()) {
            section.add(card("connections.kinds.title", List.of(new Paragraph(getTranslation("connections.kinds.value",
                            result.missingKinds().stream().map(k -> getTranslation(k.labelKey())).collect(Collectors.joining(", "))))),
                    "connections.kinds.explain", LESSON_KINDS));
        }
        return section;
    }

    private Component card(String titleKey, List<Component> values, String explainKey, String lesson) {
        Div card = new Div();
        card.addClassName("map-insight");
        card.add(new H3(getTranslation(titleKey)));
        values.forEach(card::add);
        Paragraph explain = new Paragraph(getTranslation(explainKey));
        explain.addClassName("map-explain");
        card.add(explain, new Anchor(ProgrammeNavigation.lesson(lesson), getTranslation("connections.lessonLink")));
        return card;
    }

    private String group(List<Long> actors) {
        List<String> names = actors.stream().limit(3).map(this::actorName).toList();
        String text = String.join(", ", names);
        return actors.size() > 3 ? getTranslation("connections.andMore", text, actors.size() - 3) : text;
    }

    private String names(List<Long> actors) {
        return actors.stream().map(this::actorName).collect(Collectors.joining(", "));
    }

    private String actorName(long id) {
        MapActor actor = page.actor(id);
        return actor == null ? "?" : actor.name();
    }

    private String goalNames(List<Long> goals) {
        return goals.stream().map(g -> page.goalTitles().getOrDefault(g, "?")).collect(Collectors.joining("; "));
    }

    private String decimal(double value) {
        return String.format(getLocale(), "%.2f", value);
    }

    private String percent(double share) {
        return NumberFormat.getPercentInstance(getLocale()).format(share);
    }

    // --- tables ---------------------------------------------------------------------------------------

    private Component actors(@Nullable Editing editing) {
        Grid<MapActor> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("connections.actors"));
        var name = grid.addColumn(MapActor::name).setHeader(getTranslation("connections.field.name")).setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(a -> a.kind().letter() + " · " + getTranslation(a.kind().labelKey()))
                .setHeader(getTranslation("connections.field.kind")).setAutoWidth(true).setSortable(true);
        grid.addColumn(a -> String.join(" · ", nonBlank(a.department(), a.organisationName())))
                .setHeader(getTranslation("connections.field.where"));
        var ties = grid.addColumn(this::tiesOf).setHeader(getTranslation("connections.ties")).setFlexGrow(2);
        grid.addColumn(a -> a.note() == null ? "" : a.note()).setHeader(getTranslation("connections.field.note"));
        if (editing != null) {
            var actions = grid.addComponentColumn(a -> actions(
                    getTranslation("connections.editActorOf", a.name()), () -> editing.editActor(a),
                    getTranslation("connections.deleteActorOf", a.name()), () -> editing.deleteActor(a)))
                    .setHeader(getTranslation("connections.actions")).setAutoWidth(true);
            PhoneColumns.essentialOnPhone(grid, name, ties, actions);
        }
        grid.setItems(page.actors());
        return new Section(new H2(getTranslation("connections.actors")), grid);
    }

    private String tiesOf(MapActor actor) {
        return page.ties().stream().filter(t -> t.toActor() == actor.id() || Long.valueOf(actor.id()).equals(t.fromActor()))
                .map(t -> getTranslation("connections.tieWith", other(t, actor.id()), getTranslation(t.type().labelKey()),
                        getTranslation(t.strength().labelKey())))
                .collect(Collectors.joining("; "));
    }

    private String other(MapTie tie, long actor) {
        if (tie.toActor() == actor) {
            return tie.fromActor() == null ? getTranslation("connections.you") : actorName(tie.fromActor());
        }
        return actorName(tie.toActor());
    }

    private Component ties(@Nullable Editing editing) {
        Grid<MapTie> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("connections.ties"));
        var from = grid.addColumn(this::fromName).setHeader(getTranslation("connections.field.from")).setAutoWidth(true)
                .setSortable(true);
        var to = grid.addColumn(t -> actorName(t.toActor())).setHeader(getTranslation("connections.field.to"))
                .setAutoWidth(true).setSortable(true);
        var type = grid.addColumn(t -> getTranslation(t.type().labelKey()) + ", " + getTranslation(t.strength().labelKey()))
                .setHeader(getTranslation("connections.field.type")).setAutoWidth(true).setSortable(true);
        grid.addColumn(t -> t.since() == null ? "" : formats.date(t.since())).setHeader(getTranslation("connections.field.since"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.roles().stream().sorted().map(MunicipalRole::labelKey).map(this::getTranslation)
                .collect(Collectors.joining(", "))).setHeader(getTranslation("connections.field.roles"));
        if (!page.goalTitles().isEmpty() || page.ties().stream().anyMatch(t -> !t.goals().isEmpty())) {
            grid.addColumn(t -> t.goals().stream().sorted().map(g -> page.goalTitles().getOrDefault(g, "?"))
                    .collect(Collectors.joining("; "))).setHeader(getTranslation("connections.field.goals")).setFlexGrow(2);
            grid.addColumn(t -> t.commitments().stream().sorted()
                    .map(c -> commitmentTitles.containsKey(c) ? c + " " + commitmentTitles.get(c) : c)
                    .collect(Collectors.joining("; "))).setHeader(getTranslation("connections.field.commitments")).setFlexGrow(2);
        }
        if (editing != null) {
            var actions = grid.addComponentColumn(t -> actions(
                    getTranslation("connections.editTieOf", fromName(t), actorName(t.toActor())), () -> editing.editTie(t),
                    getTranslation("connections.deleteTieOf", fromName(t), actorName(t.toActor())), () -> editing.deleteTie(t)))
                    .setHeader(getTranslation("connections.actions")).setAutoWidth(true);
            PhoneColumns.essentialOnPhone(grid, from, to, type, actions);
        } else {
            PhoneColumns.essentialOnPhone(grid, from, to, type);
        }
        grid.setItems(page.ties());
        return new Section(new H2(getTranslation("connections.ties")), grid);
    }

    private String fromName(MapTie tie) {
        return tie.fromActor() == null ? getTranslation("connections.you") : actorName(tie.fromActor());
    }

    private Component actions(String editLabel, Runnable edit, String deleteLabel, Runnable delete) {
        Button editButton = new Button(getTranslation("connections.edit"), click -> edit.run());
        editButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        editButton.setAriaLabel(editLabel);
        Button deleteButton = new Button(getTranslation("connections.delete"), click -> delete.run());
        deleteButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        deleteButton.setAriaLabel(deleteLabel);
        HorizontalLayout row = new HorizontalLayout(editButton, deleteButton);
        row.setSpacing(false);
        return row;
    }

    private static List<String> nonBlank(@Nullable String... values) {
        List<String> result = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                result.add(value);
            }
        }
        return result;
    }
}
