package nl.kopgroep.connections.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.FeedbackThread;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import nl.kopgroep.connections.ConnectionMapService;
import nl.kopgroep.connections.ConnectionsNavigation;
import nl.kopgroep.connections.GroupMapService;
import nl.kopgroep.connections.MapActor;
import nl.kopgroep.connections.MapPage;
import nl.kopgroep.connections.MapRead;
import nl.kopgroep.connections.MapTie;
import nl.kopgroep.connections.MapVisibility;
import nl.kopgroep.connections.SharedMap;
import nl.kopgroep.security.Role;

/** My verbindingskaart: build and edit it, read its analysis, share it, compare with earlier snapshots, talk with my coach. */
@Route("verbindingskaart")
@RolesAllowed(Role.Names.PARTICIPANT)
@Menu(order = 26, icon = "vaadin:connect", title = "nav.connections")
class ConnectionMapView extends Main implements HasDynamicTitle, ConnectionsNavigation.MapRoute {

    private final ConnectionMapService service;
    private final GroupMapService group;
    private final DateTimeFormats formats;
    private final Div content = new Div();
    private final FormError error = new FormError();
    final Select<MapVisibility> visibility = new Select<>();
    final TextField ownDepartment = new TextField();
    final Button addActor = new Button();
    final Button addTie = new Button();
    final Button snapshot = new Button();
    private MapPage page;
    private Map<String, String> commitmentTitles = Map.of();

    ConnectionMapView(ConnectionMapService service, GroupMapService group, DateTimeFormats formats) {
        this.service = service;
        this.group = group;
        this.formats = formats;
        addClassNames("page", "map-page");
        addActor.setText(getTranslation("connections.addActor"));
        addActor.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addActor.addClickListener(click -> new ActorDialog(service, null, this::refresh).open());
        addTie.setText(getTranslation("connections.addTie"));
        addTie.addClickListener(click -> new TieDialog(service, page.actors(), page.goalTitles(), commitmentTitles, null,
                this::refresh).open());
        snapshot.setText(getTranslation("connections.takeSnapshot"));
        SaveButton.saveEach(snapshot, () -> {
            if (error.attempt(service::takeSnapshot)) {
                refresh();
            }
        });

        visibility.setLabel(getTranslation("connections.visibility"));
        visibility.setItems(MapVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation(v.labelKey()));
        visibility.setHelperText(getTranslation("connections.visibilityHelp"));
        ownDepartment.setLabel(getTranslation("connections.field.ownDepartment"));
        ownDepartment.setHelperText(getTranslation("connections.field.ownDepartmentHelp"));
        ownDepartment.setMaxLength(120);
        Button saveSettings = new Button(getTranslation("connections.saveSettings"), click -> {
            if (error.attempt(() -> {
                service.setVisibility(visibility.getValue() == null ? MapVisibility.PRIVATE : visibility.getValue());
                service.setOwnDepartment(ownDepartment.getValue());
            })) {
                refresh();
            }
        });
        HorizontalLayout settings = new HorizontalLayout(visibility, ownDepartment, saveSettings);
        settings.setAlignItems(FlexComponent.Alignment.BASELINE);
        settings.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(addActor, addTie, snapshot);
        actions.setWrap(true);
        add(new H1(getTranslation("connections.title")), new Paragraph(getTranslation("connections.intro")), error, actions,
                settings, content);
        refresh();
    }

    void refresh() {
        page = service.myMap();
        commitmentTitles = service.commitmentOptions();
        visibility.setValue(page.visibility());
        ownDepartment.setValue(page.ownDepartment() == null ? "" : page.ownDepartment());
        addTie.setEnabled(!page.isEmpty());
        snapshot.setEnabled(!page.isEmpty());
        content.removeAll();
        content.add(new MapPanel(page, commitmentTitles, formats, new MapPanel.Editing() {
            @Override
            public void editActor(MapActor actor) {
                new ActorDialog(service, actor, ConnectionMapView.this::refresh).open();
            }

            @Override
            public void deleteActor(MapActor actor) {
                confirm(getTranslation("connections.deleteActorTitle", actor.name()),
                        getTranslation("connections.deleteActorText"), () -> service.deleteActor(actor.id()));
            }

            @Override
            public void editTie(MapTie tie) {
                new TieDialog(service, page.actors(), page.goalTitles(), commitmentTitles, tie,
                        ConnectionMapView.this::refresh).open();
            }

            @Override
            public void deleteTie(MapTie tie) {
                confirm(getTranslation("connections.deleteTieTitle"), getTranslation("connections.deleteTieText"),
                        () -> service.deleteTie(tie.id()));
            }
        }));
        content.add(snapshots(), reads(), thread(), groupMaps());
    }

    private void confirm(String title, String text, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, getTranslation("connections.delete"), event -> {
            if (error.attempt(action)) {
                refresh();
            }
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("connections.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private Component snapshots() {
        return new SnapshotSection(service.snapshots(), service::compare, formats);
    }

    private Component reads() {
        Section section = new Section(new H2(getTranslation("connections.reads")));
        List<MapRead> reads = service.reads();
        if (page.visibility() == MapVisibility.PRIVATE && reads.isEmpty()) {
            section.add(new Paragraph(getTranslation("connections.reads.private")));
        } else if (reads.isEmpty()) {
            section.add(new Paragraph(getTranslation("connections.reads.none")));
        } else {
            UnorderedList list = new UnorderedList();
            reads.forEach(r -> list.add(new ListItem(getTranslation("connections.reads.line",
                    r.readerName().isEmpty() ? getTranslation("privacy.erasedAccount") : r.readerName(),
                    formats.dateTime(r.at())))));
            section.add(list);
        }
        return section;
    }

    private Component thread() {
        if (page.isEmpty() && service.comments().isEmpty()) {
            return new Div();
        }
        return new FeedbackThread(FeedbackThread.Conversation.of(
                () -> service.comments().stream().map(c -> new FeedbackThread.Message(c.writerName(), c.at(), c.body())).toList(),
                service::addComment), formats, "connections.comment.answer", "connections.comment.send");
    }

    private Component groupMaps() {
        List<SharedMap> shared = group.sharedWithGroup();
        Section section = new Section(new H2(getTranslation("connections.groupMaps")));
        if (shared.isEmpty()) {
            section.add(new Paragraph(getTranslation("connections.groupMaps.none")));
        } else {
            UnorderedList list = new UnorderedList();
            shared.forEach(m -> list.add(new ListItem(new Anchor(ConnectionsNavigation.group(m.participant()),
                    getTranslation("connections.groupMaps.of", m.name())))));
            section.add(list);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("connections.title");
    }
}
