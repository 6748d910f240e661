package nl.kopgroep.mail.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.List;
import nl.kopgroep.mail.DevMailbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Registers {@code /dev/mail} when, and only when, the embedded development SMTP server runs (its {@link DevMailbox}
 * bean exists). In production there is no such bean, so the route is never registered and the address is a plain
 * "not found".
 */
@Component
class DevMailRoute implements VaadinServiceInitListener {

    private final ObjectProvider<DevMailbox> mailbox;

    DevMailRoute(ObjectProvider<DevMailbox> mailbox) {
        this.mailbox = mailbox;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (mailbox.getIfAvailable() == null) {
            return;
        }
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        if (!routes.isPathAvailable(DevMailView.PATH)) {
            routes.setRoute(DevMailView.PATH, DevMailView.class, List.of());
        }
    }
}
