package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A signed-in request that finds the connection pool exhausted (load test, issue 16): the account check of every
 * request ({@code security.ActiveAccountFilter}) cannot get a connection. That is a temporary overload: 503 with
 * Retry-After, for a page as for Vaadin's UIDL request (whose client then shows its reconnect indicator and sends the
 * message again), never 403 and never the end of the session. The pool is really exhausted here: the test holds all
 * its connections, with the pool's wait shortened for the length of the test. (Before the fix: the exception went on
 * to the container, whose error dispatch to /error Spring Security's AuthorizationFilter refused with 403.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PoolExhaustionIT {

    @LocalServerPort
    int port;

    @Autowired
    HikariDataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void aRequestThatFindsThePoolExhaustedIsAnsweredWith503AndTheSessionLives() throws Exception {
        signIn("deelnemer@voorbeeldstad.nl", BrowserTest.DEMO_PASSWORD);
        assertThat(get("/").statusCode()).as("signed in").isEqualTo(200);

        List<HttpResponse<String>> answers = new ArrayList<>();
        withThePoolExhausted(() -> {
            answers.add(get("/"));
            answers.add(uidl());
        });

        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).as(answer.request().method() + " " + answer.uri()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).as("Retry-After").isPresent();
        }
        HttpResponse<String> after = get("/");
        assertThat(after.statusCode()).as("still signed in once the pool has connections again").isEqualTo(200);
        assertThat(after.body()).doesNotContain("login-page");
    }

    interface Requests {
        void run() throws Exception;
    }

    /**
     * Holds every connection of the pool while {@code requests} run, with the pool's wait shortened to a quarter of a
     * second. Hikari takes a new connection timeout from its configuration only at its next housekeeping run (every
     * 30 s), so the running pool's own value is set for the length of the test and put back afterwards.
     */
    private void withThePoolExhausted(Requests requests) throws Exception {
        Object pool = dataSource.getHikariPoolMXBean();
        Field timeout = connectionTimeoutField(pool.getClass());
        timeout.setAccessible(true);
        long before = timeout.getLong(pool);
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < dataSource.getMaximumPoolSize(); i++) {
                held.add(dataSource.getConnection());
            }
            timeout.setLong(pool, 250);
            requests.run();
        } finally {
            timeout.setLong(pool, before);
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    private static Field connectionTimeoutField(Class<?> type) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals("connectionTimeout") && field.getType() == long.class) {
                    return field;
                }
            }
        }
        throw new NoSuchFieldException("connectionTimeout in " + type);
    }

    private void signIn(String email, String password) throws Exception {
        HttpResponse<String> page = get("/login");
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    /** What Vaadin's client sends for a click: a UIDL message to the UI it has (which one matters not here). */
    private HttpResponse<String> uidl() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url("/?v-r=uidl&v-uiId=0")))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":1,\"clientId\":1}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
