package nl.kopgroep.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import nl.kopgroep.mail.DevMailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The development mailbox in production: without the embedded server's bean no route is registered, and the page and
 * its registration load without GreenMail on the class path (as in the production jar).
 */
class DevMailRouteTest {

    @Test
    void withoutTheEmbeddedServerNoRouteIsRegistered() {
        VaadinService service = mock(VaadinService.class);
        new DevMailRoute(new StaticListableBeanFactory().getBeanProvider(DevMailbox.class))
                .serviceInit(new ServiceInitEvent(service));
        verifyNoInteractions(service);
    }

    @Test
    void thePageAndItsRegistrationLoadWithoutGreenMail() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.toLowerCase().contains("greenmail")) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        try (URLClassLoader production = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            assertThat(production.getResource("com/icegreen/greenmail/util/GreenMail.class")).as("GreenMail hidden").isNull();
            java.util.ArrayDeque<Class<?>> todo = new java.util.ArrayDeque<>();
            java.util.Set<Class<?>> seen = new java.util.HashSet<>();
            for (String name : List.of(DevMailRoute.class.getName(), DevMailView.class.getName())) {
                todo.add(Class.forName(name, true, production));
            }
            // Every class of ours that their signatures name, and so on: resolving a signature links what it names.
            while (!todo.isEmpty()) {
                Class<?> type = todo.poll();
                if (!seen.add(type)) {
                    continue;
                }
                List<Class<?>> named = new ArrayList<>();
                for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                    named.add(field.getType());
                }
                for (Method method : type.getDeclaredMethods()) {
                    named.add(method.getReturnType());
                    named.addAll(List.of(method.getParameterTypes()));
                }
                for (java.lang.reflect.Constructor<?> constructor : type.getDeclaredConstructors()) {
                    named.addAll(List.of(constructor.getParameterTypes()));
                }
                named.addAll(List.of(type.getDeclaredClasses()));
                named.addAll(List.of(type.getInterfaces()));
                named.stream().filter(c -> c.getName().startsWith("nl.kopgroep.")).forEach(todo::add);
            }
            assertThat(seen).extracting(Class::getSimpleName).contains("DevMailView", "DevMailbox", "ReceivedMail");
        }
    }
}
