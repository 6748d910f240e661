package nl.kopgroep.scan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.IntFunction;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.PhoneColumns;
import nl.kopgroep.scan.RoundStatus;
import nl.kopgroep.scan.ScanRound;
import nl.kopgroep.scan.Scorer;

/** The five rounds with when they open, their due date, their status and a link to fill in or read each. */
final class RoundsTable {

    private RoundsTable() {
    }

    static Grid<ScanRound> of(Component on, List<ScanRound> rounds, Scorer me, DateTimeFormats formats,
                              IntFunction<String> link) {
        Grid<ScanRound> grid = new Grid<>();
        grid.addClassName("scan-rounds");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(on.getTranslation("scan.rounds"));
        var round = grid.addColumn(r -> on.getTranslation("scan.roundMonth", r.round(), r.month()))
                .setHeader(on.getTranslation("scan.col.round")).setAutoWidth(true);
        grid.addColumn(r -> formats.date(r.opensOn())).setHeader(on.getTranslation("scan.col.opens")).setAutoWidth(true);
        grid.addColumn(r -> formats.date(r.dueOn())).setHeader(on.getTranslation("scan.col.due")).setAutoWidth(true);
        grid.addColumn(r -> ScanTexts.status(on, r, me)).setHeader(on.getTranslation("scan.col.status")).setAutoWidth(true);
        var action = grid.addComponentColumn(r -> r.status() == RoundStatus.UPCOMING ? new Span()
                        : new Anchor(link.apply(r.round()), on.getTranslation(r.fillable() ? "scan.fill" : "scan.read",
                        r.round())))
                .setHeader(on.getTranslation("scan.col.action")).setAutoWidth(true);
        grid.setItems(rounds);
        PhoneColumns.essentialOnPhone(grid, round, action);
        return grid;
    }
}
