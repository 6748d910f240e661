package nl.kopgroep.scale;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;

/**
 * Heap per idle signed-in session (issue 16), measured on a running application (the production jar) over plain
 * HTTP, through the Vaadin protocol as a browser speaks it: for each of N distinct participants of the national-scale
 * data, open the sign-in page (bootstrap and the {@code v-r=init} request that creates its UI), sign in with the form
 * post, open the home page (a new page load, so a new UI, and its {@code ui-navigate} to the home view), then go to the programme and the journal inside that UI
 * ({@code ui-navigate} events over UIDL), and leave the session idle. After each page it sends what Chromium sends by
 * itself once the page is shown (the new web components' first property reports, {@link #FIRST_REPORTS}): Vaadin keeps
 * each UI's last response, and in a browser that is the answer to those reports, not the page's. Before and after, {@code jcmd <pid>
 * GC.class_histogram} (a full collection first, live objects only); prints (after − before) / N and the classes that
 * grew most.
 *
 * <p>Not a test (the name does not end in Test). Run it against the jar started as docs/benchmarks.md says:
 * {@code java -cp target/test-classes:$(cat target/cp.txt) nl.kopgroep.scale.SessionMemoryBenchmark
 * http://127.0.0.1:8083 <pid> 300 jdbc:mariadb://127.0.0.1:3306/kopgroep_perf_scale}. It gives the chosen
 * participants a known password (hashed with the application's own Argon2id parameters).
 */
public final class SessionMemoryBenchmark {

    private static final String PASSWORD = "Benchmark-wachtwoord-16";
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
    /** The length of the last journal page's UIDL response (Vaadin keeps a UI's last response for a resend). */
    private static long journalResponseChars;
    /** A node's tag in a UIDL response. */
    private static final Pattern TAG = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":0,"
            + "\"value\":\"([a-z0-9-]+)\"\\}");
    /**
     * The events Chromium sends by itself right after a page with these web components is shown (their first
     * property reports, for the properties the server listens to), as {@code nl.kopgroep.e2e.UidlTrace} recorded them
     * (2026-12-03): the layout's after the first page, the filters' selects after the journal.
     */
    private static final Map<String, List<String>> FIRST_REPORTS = Map.of(
            "vaadin-app-layout", List.of("primary-section-changed", "drawer-opened-changed", "overlay-changed"),
            "vaadin-popover", List.of("opened-changed"),
            "vaadin-side-nav", List.of("collapsed-changed"),
            "vaadin-side-nav-item", List.of("expanded-changed"),
            "vaadin-select", List.of("opened-changed", "value-changed"));
    /** Follow-up messages sent, and the length of the last response of the last journey (what the UI keeps). */
    private static int followUps;
    private static long lastResponseChars;
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private SessionMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        int sessions = Integer.parseInt(args[2]);
        String jdbcUrl = args[3];
        int warmUp = 10;
        List<String> emails = participants(jdbcUrl, warmUp + sessions);
        System.out.printf(Locale.ROOT, "%d participants get a known password%n", emails.size());

        for (int i = 0; i < warmUp; i++) {
            journey(base, emails.get(i));
        }
        Map<String, long[]> before = histogram(pid);
        long start = System.nanoTime();
        List<HttpClient> kept = new ArrayList<>();
        for (int i = warmUp; i < warmUp + sessions; i++) {
            kept.add(journey(base, emails.get(i)));
        }
        System.out.printf(Locale.ROOT, "%d journeys in %.1f s%n", sessions, (System.nanoTime() - start) / 1e9);
        Map<String, long[]> after = histogram(pid);
        long total = after.get("Total")[1] - before.get("Total")[1];
        System.out.printf(Locale.ROOT, "live heap before %.1f MB, after %.1f MB: %.1f kB per idle signed-in session "
                + "(sign-in, home, programme, journal; %d sessions)%n", before.get("Total")[1] / 1e6,
                after.get("Total")[1] / 1e6, total / 1024.0 / sessions, sessions);
        List<Map.Entry<String, long[]>> grown = new ArrayList<>();
        after.forEach((name, counts) -> {
            if (!name.equals("Total")) {
                long[] was = before.getOrDefault(name, new long[2]);
                grown.add(Map.entry(name, new long[] {counts[0] - was[0], counts[1] - was[1]}));
            }
        });
        grown.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
        System.out.println("| class | instances per session | bytes per session |");
        System.out.println("|---|---|---|");
        grown.stream().limit(Integer.getInteger("rows", 25)).forEach(e -> System.out.printf(Locale.ROOT, "| %s | %.1f | %.0f |%n", e.getKey(),
                e.getValue()[0] / (double) sessions, e.getValue()[1] / (double) sessions));
        for (String name : List.of("com.vaadin.flow.component.UI", "com.vaadin.flow.server.VaadinSession",
                "com.vaadin.flow.component.html.Anchor")) {
            long[] was = before.getOrDefault(name, new long[2]);
            long[] now = after.getOrDefault(name, new long[2]);
            System.out.printf(Locale.ROOT, "%s: %.2f per session%n", name, (now[0] - was[0]) / (double) sessions);
        }
        System.out.printf(Locale.ROOT, "the journal page's UIDL response (which the UI keeps as its last response): %.1f kB "
                + "of text on average%n", journalResponseChars / 1024.0 / (warmUp + sessions));
        System.out.printf(Locale.ROOT, "%.1f follow-up messages per journey (the components' first reports, as a browser "
                + "sends them); the last response of the last journey (kept by its UI): %d characters%n",
                followUps / (double) (warmUp + sessions), lastResponseChars);
        System.out.println(kept.size() + " sessions kept open until the histogram was taken");
    }

    /** The first {@code count} active participants, each given the benchmark's password. */
    private static List<String> participants(String jdbcUrl, int count) throws Exception {
        String hash = new DelegatingPasswordEncoder("argon2", Map.of("argon2",
                new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2))).encode(PASSWORD);
        List<String> emails = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "root", "")) {
            try (PreparedStatement select = db.prepareStatement("SELECT u.email FROM app_user u JOIN user_role r "
                    + "ON r.user_id = u.id AND r.role = 'PARTICIPANT' WHERE u.active = true ORDER BY u.id LIMIT ?")) {
                select.setInt(1, count);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        emails.add(rows.getString(1));
                    }
                }
            }
            try (PreparedStatement update = db.prepareStatement(
                    "UPDATE app_user SET password_hash = ?, password_ever_set = true WHERE email = ?")) {
                for (String email : emails) {
                    update.setString(1, hash);
                    update.setString(2, email);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        return emails;
    }

    /** One participant's visit; the returned client holds the session's cookie (the session stays idle). */
    static HttpClient journey(String base, String email) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String login = get(http, base + "/login");
        Matcher csrf = CSRF.matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        init(http, base, "login");
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(email) + "&password=" + enc(PASSWORD)
                        + "&_csrf=" + enc(csrf.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in of " + email + " failed: " + signedIn.statusCode() + " " + location);
        }
        get(http, base + "/");
        Ui ui = init(http, base, "");
        ui.navigate(http, base, "/");
        ui.navigate(http, base, "programma");
        ui.navigate(http, base, "dagboek");
        return http;
    }

    /** A UI in the browser's place: its id, the security key and the last sync id. */
    private static final class Ui {
        final int id;
        final String key;
        int syncId;
        int clientId;

        Ui(int id, String key, int syncId) {
            this.id = id;
            this.key = key;
            this.syncId = syncId;
        }

        void navigate(HttpClient http, String base, String route) throws IOException, InterruptedException {
            String response = send(http, base, "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                    + "\"data\":{\"route\":\"" + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":"
                    + clientId + "},\"trigger\":\"" + (route.equals("/") ? "" : "client") + "\"}}", route);
            if (route.equals("dagboek")) {
                journalResponseChars += response.length();
            }
            // What the browser sends next on its own: the new web components report their first state.
            List<String> reports = new ArrayList<>();
            Matcher tag = TAG.matcher(response);
            while (tag.find()) {
                for (String event : FIRST_REPORTS.getOrDefault(tag.group(2), List.of())) {
                    reports.add("{\"type\":\"event\",\"node\":" + tag.group(1) + ",\"event\":\"" + event + "\",\"data\":{}}");
                }
            }
            if (!reports.isEmpty()) {
                send(http, base, String.join(",", reports), route + " (the components' first reports)");
                followUps++;
            }
        }

        private String send(HttpClient http, String base, String rpc, String what) throws IOException, InterruptedException {
            String body = "{\"csrfToken\":\"" + key + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId + ",\"clientId\":"
                    + clientId + "}";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + id))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("\"syncId\"")) {
                throw new IllegalStateException(what + ": " + response.statusCode() + " "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
            Matcher sync = SYNC_ID.matcher(response.body());
            if (sync.find()) {
                syncId = Integer.parseInt(sync.group(1));
            }
            clientId++;
            lastResponseChars = response.body().length();
            return response.body();
        }
    }

    private static Ui init(HttpClient http, String base, String location) throws IOException, InterruptedException {
        Map<String, String> params = new HashMap<>();
        params.put("v-r", "init");
        params.put("location", location);
        params.put("query", "");
        params.put("v-sh", "1080");
        params.put("v-sw", "1920");
        params.put("v-wh", "960");
        params.put("v-ww", "1280");
        params.put("v-bh", "960");
        params.put("v-bw", "1280");
        params.put("v-tzo", "-60");
        params.put("v-rtzo", "-60");
        params.put("v-dstd", "60");
        params.put("v-dston", "false");
        params.put("v-tzid", "Europe/Amsterdam");
        params.put("v-curdate", String.valueOf(System.currentTimeMillis()));
        params.put("v-td", "false");
        params.put("v-pr", "1");
        params.put("v-wn", "ROOT-" + System.nanoTime());
        params.put("v-np", "false");
        StringBuilder url = new StringBuilder(base).append("/?");
        params.forEach((k, v) -> url.append(enc(k)).append('=').append(enc(v)).append('&'));
        String json = get(http, url.toString());
        Matcher key = SECURITY_KEY.matcher(json);
        Matcher ui = UI_ID.matcher(json);
        Matcher sync = SYNC_ID.matcher(json);
        if (!key.find() || !ui.find()) {
            throw new IllegalStateException("no UI from init at '" + location + "': "
                    + json.substring(0, Math.min(300, json.length())));
        }
        return new Ui(Integer.parseInt(ui.group(1)), key.group(1), sync.find() ? Integer.parseInt(sync.group(1)) : 0);
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + response.statusCode());
        }
        return response.body();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Class name → {instances, bytes} of the live objects, after the full collection the command makes. */
    static Map<String, long[]> histogram(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.jcmd(), String.valueOf(pid), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        Map<String, long[]> classes = new HashMap<>();
        Pattern line = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(.+?)\\s*(\\(.*\\))?$");
        Pattern total = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");
        for (String row : out.split("\n")) {
            Matcher m = line.matcher(row);
            if (m.find()) {
                classes.merge(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                continue;
            }
            Matcher t = total.matcher(row.strip());
            if (t.find()) {
                classes.put("Total", new long[] {Long.parseLong(t.group(1)), Long.parseLong(t.group(2))});
            }
        }
        if (!classes.containsKey("Total")) {
            throw new IllegalStateException("no class histogram from jcmd: " + out.substring(0, Math.min(500, out.length())));
        }
        return classes;
    }

    private static final class Path {
        static String jcmd() {
            return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        }
    }
}
