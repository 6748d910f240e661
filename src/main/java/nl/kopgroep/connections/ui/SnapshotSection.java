package nl.kopgroep.connections.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.LongFunction;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.connections.MapSnapshot;
import nl.kopgroep.connections.SnapshotComparison;
import org.jspecify.annotations.Nullable;

/** "Zo zag je kaart eruit op …": the snapshots of a map and, on request, what changed since one of them. */
class SnapshotSection extends Section {

    private final DateTimeFormats formats;
    final Div comparison = new Div();

    SnapshotSection(List<MapSnapshot> snapshots, LongFunction<SnapshotComparison> compare, DateTimeFormats formats) {
        this.formats = formats;
        addClassName("map-snapshots");
        add(new H2(getTranslation("connections.snapshots")));
        if (snapshots.isEmpty()) {
            add(new Paragraph(getTranslation("connections.snapshots.none")));
            return;
        }
        add(new Paragraph(getTranslation("connections.snapshots.intro")));
        UnorderedList list = new UnorderedList();
        for (MapSnapshot s : snapshots) {
            Button button = new Button(getTranslation("connections.snapshots.compare"), click -> show(compare.apply(s.id())));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.setAriaLabel(getTranslation("connections.snapshots.compareWith", formats.date(s.takenAt())));
            list.add(new ListItem(new Paragraph(getTranslation(s.automatic() ? "connections.snapshots.automatic"
                    : "connections.snapshots.manual", formats.date(s.takenAt()))), button));
        }
        comparison.addClassName("map-comparison");
        add(list, comparison);
    }

    private void show(SnapshotComparison c) {
        comparison.removeAll();
        comparison.add(new H3(getTranslation("connections.snapshots.sinceTitle", formats.date(c.snapshot().takenAt()))));
        comparison.add(line("connections.snapshots.addedActors", c.addedActors()),
                line("connections.snapshots.removedActors", c.removedActors()),
                line("connections.snapshots.addedTies", c.addedTies()),
                line("connections.snapshots.removedTies", c.removedTies()));
        comparison.add(new Paragraph(getTranslation("connections.snapshots.indicators",
                c.then().actors(), c.now().actors(), c.then().ties(), c.now().ties(),
                share(c.then().horizontalShare()), share(c.now().horizontalShare()),
                share(c.then().regieShare()), share(c.now().regieShare()),
                decimal(c.then().constraint()), decimal(c.now().constraint()))));
    }

    /**
     * Names as the comparison gives them: an empty actor name was deleted; a tie is "from – to", where an empty
     * start is the participant and an empty end an actor deleted since.
     */
    private Paragraph line(String key, List<String> names) {
        List<String> shown = names.stream().map(this::shown).toList();
        return new Paragraph(getTranslation(key, names.size(), shown.isEmpty() ? "–" : String.join("; ", shown)));
    }

    private String shown(String name) {
        int separator = name.indexOf(TIE_SEPARATOR);
        if (separator < 0) {
            return name.isEmpty() ? getTranslation("connections.removedName") : name;
        }
        String from = name.substring(0, separator);
        String to = name.substring(separator + TIE_SEPARATOR.length());
        return (from.isEmpty() ? getTranslation("connections.you") : from) + TIE_SEPARATOR
                + (to.isEmpty() ? getTranslation("connections.removedName") : to);
    }

    private static final String TIE_SEPARATOR = " – ";

    private String decimal(@Nullable Double value) {
        return value == null ? "–" : String.format(getLocale(), "%.2f", value);
    }

    private String share(@Nullable Double share) {
        return share == null ? "–" : NumberFormat.getPercentInstance(getLocale()).format(share);
    }
}
