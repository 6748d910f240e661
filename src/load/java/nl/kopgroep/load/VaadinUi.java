package nl.kopgroep.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Vaadin UI as a browser tab holds it: its id, its security key, the sync and client ids and the state tree, and
 * the RPC messages the Flow client sends (router navigation with {@code ui-navigate}, a value typed into a field, a
 * click, a details panel opened). Built from the answer to the bootstrap's {@code ?v-r=init} request; every UIDL
 * answer is applied to it. One per virtual user and page; not thread-safe.
 */
public final class VaadinUi {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern NAVIGATE = Pattern.compile("vaadin-navigate.*");
    private static final Pattern OPEN = Pattern.compile("window\\.open\\(");

    private final int uiId;
    private final String securityKey;
    private final UidlTree tree = new UidlTree();
    /** DOM events the browser's web components owe the server after the last answer, sent with the next request. */
    private final List<Map<String, Object>> owed = new ArrayList<>();
    private int historyIndex;

    private VaadinUi(int uiId, String securityKey) {
        this.uiId = uiId;
        this.securityKey = securityKey;
    }

    /** The UI from the JSON answer to {@code ?v-r=init&location=…}. */
    public static VaadinUi fromInit(String initResponse) {
        JsonNode root = JSON.readTree(initResponse);
        JsonNode config = root.get("appConfig");
        if (config == null || !config.has("uidl")) {
            throw new IllegalStateException("not a Vaadin init answer: "
                    + initResponse.substring(0, Math.min(200, initResponse.length())));
        }
        JsonNode uidl = config.get("uidl");
        VaadinUi ui = new VaadinUi(config.get("v-uiId").asInt(), uidl.get("Vaadin-Security-Key").asString());
        ui.tree.applyJson(uidl);
        ui.answerClosed();
        return ui;
    }

    public UidlTree tree() {
        return tree;
    }

    public int uiId() {
        return uiId;
    }

    /** Where the UIDL requests of this UI go, relative to the application's root. */
    public String uidlPath() {
        return "/?v-r=uidl&v-uiId=" + uiId;
    }

    /** The request body for these RPC calls; counts the client id on, as the Flow client does. */
    public String request(List<Map<String, Object>> rpc) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("csrfToken", securityKey);
        List<Map<String, Object>> calls = new ArrayList<>(owed);
        calls.addAll(rpc);
        owed.clear();
        body.put("rpc", calls);
        body.put("syncId", tree.syncId());
        body.put("clientId", tree.clientId());
        return JSON.writeValueAsString(body);
    }

    /** The beacon a browser sends when the page is left (a full page load, a form post): the server closes the UI. */
    public String unloadBeacon() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("csrfToken", securityKey);
        body.put("rpc", List.of());
        body.put("syncId", tree.syncId());
        body.put("clientId", tree.clientId());
        body.put("UNLOAD", true);
        return JSON.writeValueAsString(body);
    }

    /** Applies a UIDL answer; throws when the server reported an error. */
    public void apply(String response) {
        tree.apply(response);
        answerClosed();
    }

    /**
     * A {@code vaadin-dialog} the server closed ({@code opened} false) fires {@code closed} in the browser once its
     * closing animation is done, and only on that event does Vaadin remove a dialog it added to the UI by itself. So
     * the event is owed for every closed node that listens to it; without it the closed dialog (its "Opslaan" button
     * too) stayed in the UI for the rest of the session, and the next journey clicked the stale button.
     */
    private void answerClosed() {
        for (int id : tree.closed()) {
            tree.node(id).filter(node -> node.listensTo("closed"))
                    .ifPresent(node -> owed.add(event(node.id(), "closed", Map.of())));
        }
    }

    /** What the router sends for a click on a router link or a route typed in: the {@code ui-navigate} event. */
    public Map<String, Object> navigate(String route) {
        String path = route.startsWith("/") ? route.substring(1) : route;
        String query = "";
        int question = path.indexOf('?');
        if (question >= 0) {
            query = path.substring(question + 1);
            path = path.substring(0, question);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("route", path);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.put("historyState", Map.of("idx", historyIndex++));
        data.put("trigger", "");
        return event(1, "ui-navigate", data);
    }

    /**
     * What the client sends when a value was typed into a field: the synchronised {@code value} property and the DOM
     * event the server listens to for it ({@code input} for a field that saves while typing, {@code change} otherwise).
     */
    public List<Map<String, Object>> type(UidlTree.Node field, String value) {
        return setProperty(field, "value", value, List.of("input", "change", "value-changed"));
    }

    /** A click on a button (or any element listening to clicks). */
    public Map<String, Object> click(UidlTree.Node node) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (String key : List.of("event.shiftKey", "event.metaKey", "event.detail", "event.ctrlKey", "event.clientX",
                "event.clientY", "event.altKey", "event.button", "event.screenY", "event.screenX")) {
            data.put(key, key.equals("event.detail") ? 1 : key.endsWith("Key") ? false : 0);
        }
        return event(node.id(), "click", data);
    }

    /** Opens a details panel (or a dialog-like element) as the browser does: the {@code opened} property synchronised. */
    public List<Map<String, Object>> open(UidlTree.Node node) {
        return setProperty(node, "opened", true, List.of("opened-changed"));
    }

    private List<Map<String, Object>> setProperty(UidlTree.Node node, String property, Object value, List<String> events) {
        List<Map<String, Object>> rpc = new ArrayList<>();
        Map<String, Object> sync = new LinkedHashMap<>();
        sync.put("type", "mSync");
        sync.put("node", node.id());
        sync.put("feature", UidlTree.ELEMENT_PROPERTIES);
        sync.put("property", property);
        sync.put("value", value);
        rpc.add(sync);
        events.stream().filter(node::listensTo).findFirst()
                .ifPresent(event -> rpc.add(event(node.id(), event, Map.of())));
        return rpc;
    }

    private static Map<String, Object> event(int node, String event, Map<String, Object> data) {
        Map<String, Object> rpc = new LinkedHashMap<>();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.put("data", data);
        return rpc;
    }

    /** The route the server navigated to in the last answer ({@code UI.navigate}: the browser's address follows). */
    public Optional<String> navigatedTo() {
        for (String call : tree.executed()) {
            if (NAVIGATE.matcher(call).find() && call.contains("vaadin-navigate")) {
                // executed lines are "<param> <param> … <script>": the url is the second parameter (state, url, …).
                Matcher route = Pattern.compile("^(?:null|\\S+) (\\S+) ").matcher(call);
                if (route.find()) {
                    return Optional.of(route.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the server asked the browser to load another page ({@code Page.setLocation}: {@code window.open}). */
    public Optional<String> redirectedTo() {
        for (String call : tree.executed()) {
            if (OPEN.matcher(call).find()) {
                return Optional.of(call.substring(0, call.indexOf(' ')));
            }
        }
        return Optional.empty();
    }
}
