package nl.kopgroep.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's copy of one Vaadin UI's state tree, built from the {@code changes} of the UIDL responses as Flow's own
 * client does, so the load test finds the node ids of fields, buttons and links by what a person sees (tag, label,
 * text, link target) instead of hard-coding them. Only what the load test needs is kept: tag, properties, attributes,
 * text, and the node lists (children, virtual children, class names).
 *
 * <p>Not thread-safe: one per virtual user and UI.
 */
public final class UidlTree {

    /** Flow's node feature ids (com.vaadin.flow.internal.nodefeature.NodeFeatures). */
    static final int ELEMENT_DATA = 0;
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int ELEMENT_LISTENERS = 4;
    static final int TEXT_NODE = 7;
    static final int CLASS_LIST = 11;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** One node of the tree. */
    public static final class Node {
        final int id;
        final Map<Integer, Map<String, Object>> maps = new HashMap<>();
        final Map<Integer, List<Object>> lists = new HashMap<>();
        Integer parent;

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public String tag() {
            Object tag = map(ELEMENT_DATA).get("tag");
            return tag == null ? "" : tag.toString();
        }

        public Optional<String> property(String name) {
            return Optional.ofNullable(map(ELEMENT_PROPERTIES).get(name)).map(Object::toString);
        }

        /** An attribute; one that points at a server resource (a download link) gives the resource's address. */
        public Optional<String> attribute(String name) {
            Object value = map(ELEMENT_ATTRIBUTES).get(name);
            if (value instanceof JsonNode json) {
                return Optional.ofNullable(json.get("uri")).map(JsonNode::asString);
            }
            return Optional.ofNullable(value).map(Object::toString);
        }

        /** The text of a text node, or null for an element. */
        public String text() {
            Object text = map(TEXT_NODE).get("text");
            return text == null ? null : text.toString();
        }

        public boolean hasClass(String name) {
            return list(CLASS_LIST).contains(name);
        }

        public boolean listensTo(String event) {
            return map(ELEMENT_LISTENERS).containsKey(event);
        }

        Map<String, Object> map(int feature) {
            return maps.computeIfAbsent(feature, f -> new LinkedHashMap<>());
        }

        List<Object> list(int feature) {
            return lists.computeIfAbsent(feature, f -> new ArrayList<>());
        }

        @Override
        public String toString() {
            return "node " + id + " <" + tag() + "> " + map(ELEMENT_ATTRIBUTES) + " " + map(ELEMENT_PROPERTIES).keySet();
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private int syncId = -1;
    private int clientId;
    private int lastServerClientId = -1;
    private final List<String> executed = new ArrayList<>();
    private final java.util.Set<Integer> changed = new java.util.HashSet<>();
    private final List<Integer> closed = new ArrayList<>();
    private JsonNode lastMeta;

    /** The id the next request must carry; the server's answer tells the one after. */
    public int clientId() {
        return clientId;
    }

    public int syncId() {
        return syncId;
    }

    /** The JavaScript the server asked the client to run in the last response (to find a location change). */
    public List<String> executed() {
        return executed;
    }

    /** The {@code meta} of the last response ({@code appError}, {@code sessionExpired}, …), or null. */
    public JsonNode meta() {
        return lastMeta;
    }

    /** The nodes the last response changed (to see that the server answered a step, e.g. an autosave status). */
    public java.util.Set<Integer> changed() {
        return changed;
    }

    /**
     * The nodes whose {@code opened} property the last response set to false (a dialog or overlay the server closed).
     * A browser's {@code vaadin-dialog} then answers with its {@code closed} event, see {@link VaadinUi}.
     */
    public List<Integer> closed() {
        return closed;
    }

    /**
     * Applies one UIDL response as the server sent it: a JSON object, possibly wrapped as {@code for(;;);[{…}]}.
     *
     * @throws IllegalStateException when the server answered with an error, a resynchronisation or no UIDL at all
     */
    public void apply(String response) {
        String text = response.strip();
        if (text.isEmpty()) {
            throw new IllegalStateException("an empty answer instead of UIDL");
        }
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode root = JSON.readTree(text);
        if (root.isArray()) {
            root = root.get(0);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalStateException("not a UIDL response: " + shorten(response));
        }
        applyJson(root);
    }

    /** Applies the initial UIDL embedded in the bootstrap page, or one response already parsed. */
    public void applyJson(JsonNode root) {
        executed.clear();
        changed.clear();
        closed.clear();
        lastMeta = root.get("meta");
        if (lastMeta != null && (lastMeta.has("appError") || lastMeta.has("sessionExpired"))) {
            throw new IllegalStateException("server error: " + lastMeta);
        }
        if (root.has("syncId")) {
            syncId = root.get("syncId").asInt();
        }
        if (root.has("clientId")) {
            lastServerClientId = root.get("clientId").asInt();
            clientId = lastServerClientId;
        }
        if (root.has("resynchronize") && root.get("resynchronize").asBoolean()) {
            throw new IllegalStateException("server asked for a resynchronisation");
        }
        JsonNode changes = root.get("changes");
        if (changes != null) {
            for (JsonNode change : changes) {
                change(change);
            }
        }
        JsonNode execute = root.get("execute");
        if (execute != null) {
            for (JsonNode call : execute) {
                // [params..., script]: the last element is the script, the others its parameters.
                StringBuilder line = new StringBuilder();
                for (JsonNode part : call) {
                    line.append(part.isString() ? part.asString() : part.toString()).append(' ');
                }
                executed.add(line.toString());
            }
        }
    }

    private void change(JsonNode change) {
        int id = change.get("node").asInt();
        String type = change.get("type").asString();
        changed.add(id);
        switch (type) {
            case "attach" -> nodes.computeIfAbsent(id, Node::new);
            case "detach" -> nodes.remove(id);
            case "put" -> {
                Node node = created(id);
                Object value = change.has("nodeValue") ? (Object) change.get("nodeValue").asInt() : plain(change.get("value"));
                node.map(change.get("feat").asInt()).put(change.get("key").asString(), value);
                if (change.get("feat").asInt() == ELEMENT_PROPERTIES && change.get("key").asString().equals("opened")
                        && "false".equals(value)) {
                    closed.add(id);
                }
            }
            case "remove" -> created(id).map(change.get("feat").asInt()).remove(change.get("key").asString());
            case "clear" -> {
                Node node = created(id);
                int feature = change.get("feat").asInt();
                node.list(feature).clear();
                node.map(feature).clear();
            }
            case "splice" -> {
                Node node = created(id);
                List<Object> list = node.list(change.get("feat").asInt());
                int index = change.get("index").asInt();
                int remove = change.has("remove") ? change.get("remove").asInt() : 0;
                for (int i = 0; i < remove && index < list.size(); i++) {
                    list.remove(index);
                }
                List<Object> added = new ArrayList<>();
                if (change.has("addNodes")) {
                    for (JsonNode child : change.get("addNodes")) {
                        int childId = child.asInt();
                        added.add(childId);
                        created(childId).parent = id;
                    }
                } else if (change.has("add")) {
                    for (JsonNode value : change.get("add")) {
                        added.add(plain(value));
                    }
                }
                list.addAll(Math.min(index, list.size()), added);
            }
            default -> {
                // Other change types (e.g. a JS callback's return channel) do not matter to the load test.
            }
        }
    }

    private Node created(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private static Object plain(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.asString();
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.asString();
        }
        return value;
    }

    /** All nodes now in the tree. */
    public Stream<Node> nodes() {
        return nodes.values().stream().sorted(java.util.Comparator.comparingInt(Node::id));
    }

    public Optional<Node> node(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The visible text inside a node: its own text or that of its children, depth first. */
    public String textOf(Node node) {
        if (node.text() != null) {
            return node.text();
        }
        StringBuilder text = new StringBuilder();
        for (Object child : node.list(ELEMENT_CHILDREN)) {
            Node childNode = child instanceof Integer childId ? nodes.get(childId) : null;
            if (childNode != null) {
                text.append(textOf(childNode));
            }
        }
        return text.toString();
    }

    /** Whether a node is still attached up to the UI's root (node 1), so it is on the page shown. */
    public boolean attached(Node node) {
        Node current = node;
        for (int depth = 0; depth < 200 && current != null; depth++) {
            if (current.id == 1) {
                return true;
            }
            if (current.parent == null) {
                return false;
            }
            Node parent = nodes.get(current.parent);
            Integer childId = current.id;
            if (parent == null || parent.lists.values().stream().noneMatch(l -> l.contains(childId))) {
                return false;
            }
            current = parent;
        }
        return false;
    }

    /** The attached nodes that match, in node order (the order in which the server created them). */
    public List<Node> find(Predicate<Node> match) {
        return nodes().filter(match).filter(this::attached).toList();
    }

    /** The first attached element with this tag whose visible text is this text (a button, a link). */
    public Node withText(String tag, String text) {
        return find(n -> n.tag().equals(tag) && text.equals(textOf(n).strip())).stream().findFirst()
                .orElseThrow(() -> missing(tag + " with text '" + text + "'"));
    }

    /** The first attached element with this tag and this label (a Vaadin field). */
    public Node withLabel(String tag, String label) {
        return find(n -> n.tag().equals(tag) && n.property("label").map(label::equals).orElse(false)).stream()
                .findFirst().orElseThrow(() -> missing(tag + " labelled '" + label + "'"));
    }

    /** The last attached element with this tag and text: the newest one, e.g. the button of a dialog just opened. */
    public Node newestWithText(String tag, String text) {
        List<Node> found = find(n -> n.tag().equals(tag) && text.equals(textOf(n).strip()));
        if (found.isEmpty()) {
            throw missing(tag + " with text '" + text + "'");
        }
        return found.getLast();
    }

    /** The first attached element with this id attribute. */
    public Node withId(String id) {
        return find(n -> n.attribute("id").or(() -> n.property("id")).map(id::equals).orElse(false)).stream()
                .findFirst().orElseThrow(() -> missing("element with id '" + id + "'"));
    }

    /** The targets ({@code href}) of the attached links that match a pattern, in node order. */
    public List<String> links(Pattern href) {
        List<String> links = new java.util.ArrayList<>(find(n -> n.tag().equals("a")
                && n.attribute("href").map(h -> href.matcher(h).matches()).orElse(false))
                .stream().map(n -> n.attribute("href").orElseThrow()).toList());
        // Read-only lists of links come as one element's HTML (the app's LinkCardList, the side navigation).
        find(n -> n.property("innerHTML").isPresent()).forEach(n -> {
            java.util.regex.Matcher link = INNER_LINK.matcher(n.property("innerHTML").orElseThrow());
            while (link.find()) {
                String target = link.group(1).replace("&amp;", "&");
                if (href.matcher(target).matches()) {
                    links.add(target);
                }
            }
        });
        return links;
    }

    private static final Pattern INNER_LINK = Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"");

    /** Whether some attached node's text contains this text (a status line, a message). */
    public boolean showsText(String text) {
        return nodes().anyMatch(n -> n.text() != null && n.text().contains(text) && attached(n));
    }

    private IllegalStateException missing(String what) {
        return new IllegalStateException("no " + what + " on the page (" + nodes.size() + " nodes" + lastTexts() + ")");
    }

    /** The texts the last response put on the page, for an error message (an error notification says why). */
    public String lastTexts() {
        List<String> texts = changed.stream().sorted().map(nodes::get).filter(n -> n != null && n.text() != null
                && !n.text().isBlank()).map(n -> n.text().strip()).limit(3).toList();
        return texts.isEmpty() ? "" : "; the last answer said: " + String.join(" | ", texts);
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
