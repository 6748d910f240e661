package nl.kopgroep.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A grid cannot reflow: on a phone (a window up to {@value #PHONE_MAX_WIDTH} px wide) it shows only its
 * essential columns, so those are read whole instead of cut to a few letters; wider, it shows all of them.
 */
public final class PhoneColumns {

    public static final int PHONE_MAX_WIDTH = 640;

    private PhoneColumns() {
    }

    public static void essentialOnPhone(Grid<?> grid, Grid.Column<?>... essential) {
        List<Grid.Column<?>> keep = List.of(essential);
        IntConsumer fit = width -> grid.getColumns()
                .forEach(column -> column.setVisible(width > PHONE_MAX_WIDTH || keep.contains(column)));
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> fit.accept(details.getWindowInnerWidth()));
            Registration resize = page.addBrowserWindowResizeListener(event -> fit.accept(event.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
