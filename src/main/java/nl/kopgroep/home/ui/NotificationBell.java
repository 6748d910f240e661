package nl.kopgroep.home.ui;

import nl.kopgroep.base.ui.DateTimeFormats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import nl.kopgroep.notification.NotificationItem;
import nl.kopgroep.notification.NotificationService;

/** The bell in the top bar: how many notifications are new, and the latest ones in a popover. */
class NotificationBell extends Composite<Div> {

    private final NotificationService notifications;
    private final DateTimeFormats formats;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Div panel = new Div();

    NotificationBell(NotificationService notifications, DateTimeFormats formats) {
        this.notifications = notifications;
        this.formats = formats;
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        bell.addClassName("notification-bell");
        count.addClassName("notification-count");
        count.getElement().setAttribute("aria-hidden", "true");
        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.add(panel);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fill();
            }
        });
        getContent().addClassName("notification-area");
        getContent().add(bell, count, popover);
        refreshCount();
    }

    private void refreshCount() {
        long unread = notifications.unreadCount();
        count.setText(unread == 0 ? "" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notification.bell", unread));
    }

    private void fill() {
        panel.removeAll();
        panel.addClassName("notification-panel");
        panel.add(new H2(getTranslation("notification.title")));
        var items = notifications.recent();
        if (items.isEmpty()) {
            panel.add(new Paragraph(getTranslation("notification.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (NotificationItem item : items) {
            String text = getTranslation(item.kind().messageKey(),
                    item.actorName().isEmpty() ? getTranslation("privacy.erasedAccount") : item.actorName());
            ListItem line = new ListItem(NotificationLinks.location(item.target())
                    .<Component>map(location -> new Anchor(location, text)).orElseGet(() -> new Span(text)),
                    new Span(" · " + formats.shortDateTime(item.createdAt())));
            if (!item.read()) {
                line.addClassName("unread");
            }
            list.add(line);
        }
        Button markRead = new Button(getTranslation("notification.markAllRead"), click -> {
            notifications.markAllRead();
            refreshCount();
            fill();
        });
        panel.add(list, markRead);
    }
}
