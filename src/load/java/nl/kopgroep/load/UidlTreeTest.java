package nl.kopgroep.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load test's reading of Vaadin's UIDL, against answers captured from the running app (src/load/resources/uidl:
 * the sign-in page and the journal editor of a generated participant). Runs with {@code ./mvnw -Pload test
 * -Dtest=UidlTreeTest}.
 */
class UidlTreeTest {

    private static String resource(String name) {
        try (InputStream in = UidlTreeTest.class.getResourceAsStream("/uidl/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static VaadinUi page(String prefix) {
        VaadinUi ui = VaadinUi.fromInit(resource(prefix + "-init.json"));
        ui.apply(resource(prefix + "-navigate.txt"));
        return ui;
    }

    @Test
    void theInitAnswerGivesTheUiAndItsSecurityKey() {
        VaadinUi ui = VaadinUi.fromInit(resource("login-init.json"));
        assertThat(ui.uiId()).isZero();
        assertThat(ui.uidlPath()).isEqualTo("/?v-r=uidl&v-uiId=0");
        JsonNode body = JsonMapper.builder().build().readTree(ui.request(List.of(ui.navigate("login"))));
        assertThat(body.get("csrfToken").asString()).isNotBlank();
        assertThat(body.get("syncId").asInt()).isZero();
        assertThat(body.get("clientId").asInt()).isZero();
        JsonNode navigate = body.get("rpc").get(0);
        assertThat(navigate.get("event").asString()).isEqualTo("ui-navigate");
        assertThat(navigate.get("node").asInt()).isEqualTo(1);
        assertThat(navigate.get("data").get("route").asString()).isEqualTo("login");
        // The UI's body listens to the router's event, as the Flow client expects.
        assertThat(ui.tree().node(1).orElseThrow().listensTo("ui-navigate")).isTrue();
    }

    @Test
    void findsTheSignInFieldsByIdAndText() {
        VaadinUi ui = page("login");
        UidlTree tree = ui.tree();
        UidlTree.Node email = tree.withId("login-email");
        assertThat(email.tag()).isEqualTo("vaadin-email-field");
        assertThat(email.property("label")).contains("E-mailadres");
        assertThat(email.listensTo("change")).isTrue();
        UidlTree.Node next = tree.withText("vaadin-button", "Verder");
        assertThat(next.listensTo("click")).isTrue();
        assertThat(tree.syncId()).isEqualTo(1);
        assertThat(tree.clientId()).isEqualTo(1);

        List<Map<String, Object>> typed = ui.type(email, "d1@schaal-1.schaal.test");
        assertThat(typed).extracting(rpc -> rpc.get("type")).containsExactly("mSync", "event");
        assertThat(typed.get(0)).containsEntry("property", "value").containsEntry("node", email.id())
                .containsEntry("feature", 1).containsEntry("value", "d1@schaal-1.schaal.test");
        assertThat(typed.get(1)).containsEntry("event", "change");
    }

    @Test
    void thePasswordStepAppearsAfterTheEmailStep() {
        VaadinUi ui = page("login");
        assertThat(ui.tree().find(n -> n.tag().equals("vaadin-login-form"))).isEmpty();
        ui.apply(resource("login-email-step.txt"));
        assertThat(ui.tree().find(n -> n.tag().equals("vaadin-login-form"))).hasSize(1);
        assertThat(ui.tree().clientId()).isEqualTo(2);
    }

    @Test
    void theEditorsFieldsAreFoundByLabelAndAutosaveShowsItsStatus() {
        VaadinUi ui = page("editor");
        UidlTree tree = ui.tree();
        UidlTree.Node title = tree.withLabel("vaadin-text-field", "Titel");
        UidlTree.Node body = tree.withLabel("vaadin-text-area", "Je reflectie (Markdown)");
        // The editor saves while typing: its fields send their value with the (debounced) input event.
        assertThat(title.listensTo("input")).isTrue();
        assertThat(ui.type(body, "x").get(1)).containsEntry("event", "input");
        UidlTree.Node status = tree.find(n -> n.hasClass("save-status")).getFirst();

        ui.apply(resource("editor-autosave.txt"));
        assertThat(tree.changed()).contains(status.id());
        assertThat(tree.textOf(status)).startsWith("Opgeslagen om");
    }

    @Test
    void savingNavigatesToTheNewEntryAndDetachesTheEditor() {
        VaadinUi ui = page("editor");
        ui.apply(resource("editor-autosave.txt"));
        ui.apply(resource("editor-save.txt"));
        assertThat(ui.navigatedTo()).hasValueSatisfying(route -> assertThat(route).matches("dagboek/\\d+"));
        assertThat(ui.tree().find(n -> n.tag().equals("vaadin-text-area"))).isEmpty();
        assertThatThrownBy(() -> ui.tree().withLabel("vaadin-text-field", "Titel"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Titel");
    }

    @Test
    void linksAreFoundByTheirTarget() {
        VaadinUi ui = page("login");
        // The password step's link is sent only once the step is shown.
        assertThat(ui.tree().links(Pattern.compile("wachtwoord-.*"))).isEmpty();
        ui.apply(resource("login-email-step.txt"));
        assertThat(ui.tree().links(Pattern.compile("wachtwoord-.*"))).containsExactly("wachtwoord-vergeten");
        assertThat(ui.tree().links(Pattern.compile("programma/module/.*"))).isEmpty();
    }

    @Test
    void linksInAListSentAsHtmlAreFoundToo() {
        UidlTree tree = new UidlTree();
        tree.apply("""
                for(;;);[{"changes":[
                 {"node":1,"type":"attach"},{"node":1,"type":"put","key":"tag","feat":0,"value":"body"},
                 {"node":5,"type":"attach"},{"node":5,"type":"put","key":"tag","feat":0,"value":"ul"},
                 {"node":5,"type":"put","key":"innerHTML","feat":1,"value":"<ul class=\\"card-list\\"><li class=\\"card\\"><a class=\\"card-title\\" href=\\"coach/notitie/12\\">Wijk &amp; raad</a></li><li class=\\"card\\"><a class=\\"card-title\\" href=\\"coach/notitie/13\\">Tweede</a></li></ul>"},
                 {"node":1,"type":"splice","feat":2,"index":0,"addNodes":[5]}]}]""");
        assertThat(tree.links(Pattern.compile("coach/notitie/\\d+"))).containsExactly("coach/notitie/12", "coach/notitie/13");
        assertThat(tree.links(Pattern.compile("dagboek/\\d+"))).isEmpty();
    }

    @Test
    void aServerErrorFailsTheStep() {
        UidlTree tree = new UidlTree();
        assertThatThrownBy(() -> tree.apply("for(;;);[{\"meta\":{\"appError\":{\"caption\":\"Internal error\"}}}]"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("appError");
        assertThatThrownBy(() -> tree.apply("<html>login</html>")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void theUnloadBeaconClosesTheUi() {
        VaadinUi ui = page("login");
        JsonNode beacon = JsonMapper.builder().build().readTree(ui.unloadBeacon());
        assertThat(beacon.get("UNLOAD").asBoolean()).isTrue();
        assertThat(beacon.get("rpc")).isEmpty();
    }

    /**
     * A dialog the server closes ({@code opened} false, e.g. the check-in dialog after "Opslaan") stays in the UI until
     * the browser's {@code vaadin-dialog} reports its {@code closed} event; only then does Vaadin remove it. Without
     * that event the closed dialog's "Opslaan" button stayed on the page, and the next journey's "Opslaan" in the
     * journal editor clicked it instead (an empty answer: "saving did not open the entry").
     */
    @Test
    void aDialogTheServerClosedIsReportedClosedWithTheNextRequest() {
        VaadinUi ui = VaadinUi.fromInit("""
                {"appConfig":{"v-uiId":0,"uidl":{"Vaadin-Security-Key":"k","syncId":0,"clientId":0,"changes":[
                 {"node":1,"type":"attach"},{"node":1,"type":"put","feat":0,"key":"tag","value":"body"},
                 {"node":2,"type":"attach"},{"node":2,"type":"put","feat":0,"key":"tag","value":"vaadin-dialog"},
                 {"node":2,"type":"put","feat":4,"key":"closed","value":"x"},
                 {"node":2,"type":"put","feat":1,"key":"opened","value":true},
                 {"node":3,"type":"attach"},{"node":3,"type":"put","feat":0,"key":"tag","value":"vaadin-button"},
                 {"node":3,"type":"put","feat":4,"key":"click","value":"x"},
                 {"node":4,"type":"attach"},{"node":4,"type":"put","feat":7,"key":"text","value":"Opslaan"},
                 {"node":3,"type":"splice","feat":2,"index":0,"addNodes":[4]},
                 {"node":2,"type":"splice","feat":24,"index":0,"addNodes":[3]},
                 {"node":1,"type":"splice","feat":2,"index":0,"addNodes":[2]}]}}}
                """);
        assertThat(ui.tree().withText("vaadin-button", "Opslaan").id()).isEqualTo(3);
        JsonNode before = JsonMapper.builder().build().readTree(ui.request(List.of(ui.click(ui.tree().node(3).orElseThrow()))));
        assertThat(before.get("rpc")).hasSize(1);

        // The server closes the dialog: the browser animates it away and then sends "closed".
        ui.apply("""
                {"clientId":1,"syncId":1,"changes":[{"node":2,"type":"put","feat":1,"key":"opened","value":false}]}""");
        JsonNode next = JsonMapper.builder().build().readTree(ui.request(List.of(ui.navigate(""))));
        assertThat(next.get("rpc")).hasSize(2);
        assertThat(next.get("rpc").get(0).get("type").asString()).isEqualTo("event");
        assertThat(next.get("rpc").get(0).get("node").asInt()).isEqualTo(2);
        assertThat(next.get("rpc").get(0).get("event").asString()).isEqualTo("closed");
        assertThat(next.get("rpc").get(1).get("event").asString()).isEqualTo("ui-navigate");
        // Sent once: the request after that carries only its own calls.
        assertThat(JsonMapper.builder().build().readTree(ui.request(List.of(ui.navigate("")))).get("rpc")).hasSize(1);

        // Vaadin's answer to "closed": the auto-added dialog removed from the UI, its button with it.
        ui.apply("""
                {"clientId":2,"syncId":2,"changes":[{"node":1,"type":"splice","feat":2,"index":0,"remove":1},
                 {"node":2,"type":"detach"},{"node":3,"type":"detach"},{"node":4,"type":"detach"}]}""");
        assertThatThrownBy(() -> ui.tree().withText("vaadin-button", "Opslaan")).isInstanceOf(IllegalStateException.class);
    }
}
