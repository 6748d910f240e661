package nl.kopgroep.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

/** The node's name ends every session id Tomcat hands out, which is what the load balancer routes by. */
class NodeRouteConfigurationTest {

    @Test
    void theNodesNameEndsTheSessionCookie() throws Exception {
        assertThat(sessionCookie("node2")).matches("JSESSIONID=[0-9A-F]+\\.node2");
    }

    @Test
    void withoutANameTheSessionIdHasNoSuffix() throws Exception {
        assertThat(sessionCookie("")).matches("JSESSIONID=[0-9A-F]+");
    }

    @Test
    void aNameThatCannotBePartOfACookieStopsTheStart() {
        assertThatThrownBy(() -> new NodeRouteConfiguration("node 1;"))
                .hasMessageContaining("KOPGROEP_NODE_NAME").hasMessageContaining("'node 1;'");
    }

    private static String sessionCookie(String nodeName) throws Exception {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        new NodeRouteConfiguration(nodeName).customize(factory);
        TomcatWebServer server = (TomcatWebServer) factory.getWebServer(context -> context
                .addServlet("session", new jakarta.servlet.http.HttpServlet() {
                    @Override
                    protected void doGet(jakarta.servlet.http.HttpServletRequest request,
                                         jakarta.servlet.http.HttpServletResponse response) {
                        request.getSession(true);
                    }
                }).addMapping("/"));
        server.start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/"))
                    .build(), HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        } finally {
            server.stop();
        }
    }
}
