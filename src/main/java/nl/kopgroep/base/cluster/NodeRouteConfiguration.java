package nl.kopgroep.base.cluster;

import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * With {@code kopgroep.node-name} ({@code KOPGROEP_NODE_NAME}) set, Tomcat appends the name to every session id
 * ({@code JSESSIONID=…​.node1}, Tomcat's {@code jvmRoute}). A load balancer then sends a session's requests to the
 * node that created it by the cookie's suffix, and a new node takes over a session's visitor when that node is
 * gone (the visitor signs in again there). Hashing the whole cookie is not enough: the id is minted on whichever node
 * served the first request and renewed at sign-in, so its hash points at an arbitrary node.
 */
@Component
class NodeRouteConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final String nodeName;

    NodeRouteConfiguration(@Value("${kopgroep.node-name:}") String nodeName) {
        this.nodeName = nodeName.strip();
        if (!this.nodeName.isEmpty() && !NAME.matcher(this.nodeName).matches()) {
            throw new IllegalArgumentException("kopgroep.node-name (KOPGROEP_NODE_NAME) must be 1 to 32 letters, digits, '-'"
                    + " or '_', as it becomes part of the session cookie; it is '" + nodeName + "'");
        }
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (nodeName.isEmpty()) {
            return;
        }
        // The engine exists once the context has been added to its host, just before the context (and so its
        // session manager, which reads the route) starts.
        factory.addContextLifecycleListeners(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && event.getLifecycle() instanceof Context context
                    && context.getParent() != null && context.getParent().getParent() instanceof Engine engine) {
                engine.setJvmRoute(nodeName);
            }
        });
    }

    String nodeName() {
        return nodeName;
    }
}
