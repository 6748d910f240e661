package nl.kopgroep.connections.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.connections.ActorKind;
import nl.kopgroep.connections.MapActor;
import nl.kopgroep.connections.TieType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class ConnectionMapViewTest extends SpringBrowserlessTest {

    /** A participant without a demo map, so the page starts empty. */
    private static final String PARTICIPANT = "sem.vermeulen@lindendal.nl";

    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired nl.kopgroep.connections.ConnectionMapService maps;
    @Autowired nl.kopgroep.connections.CoacheeMapService comments;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void aParticipantBuildsAMapInDialogsAndReadsItsDrawingAndAnalysis() {
        DemoUsers.signIn(users, PARTICIPANT);
        ConnectionMapView view = navigate(ConnectionMapView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Je kaart is nog leeg");
        assertThat(view.addTie.isEnabled()).isFalse();

        test(view.addActor).click();
        ActorDialog dialog = $(ActorDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.isOpened()).as("a name and a kind are required").isTrue();
        dialog.name.setValue("Wethouder Wonen");
        dialog.kind.setValue(ActorKind.POLITICAL);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();

        test(view.addTie).click();
        TieDialog tie = $(TieDialog.class).single();
        tie.to.setValue(tie.to.getListDataView().getItems().findFirst().orElseThrow());
        tie.type.setValue(TieType.REGIE);
        test(tie.save).click();
        assertThat(tie.isOpened()).isFalse();

        String svg = $(Html.class).all().stream().map(h -> h.getInnerHtml()).filter(h -> h.contains("<svg"))
                .findFirst().orElseThrow();
        assertThat(svg).contains("role=\"img\"", "<title", "marker-end", "Wethouder Wonen");
        @SuppressWarnings("unchecked")
        Grid<MapActor> actors = $(Grid.class).withCondition(g -> "Actoren".equals(g.getAriaLabel().orElse(""))).single();
        assertThat(actors.getGenericDataView().getItems()).extracting(MapActor::name).containsExactly("Wethouder Wonen");
        assertThat(view.getElement().getTextRecursively()).contains("Burts constraint: 1", "Regie: 1, verbinden: 0",
                "Lees de les hierover");

        test(view.addTie).click();
        TieDialog again = $(TieDialog.class).single();
        again.to.setValue(again.to.getListDataView().getItems().findFirst().orElseThrow());
        again.type.setValue(TieType.VERBINDEN);
        test(again.save).click();
        assertThat(again.isOpened()).as("a second tie between the same two is refused in the dialog").isTrue();
        assertThat(again.error.getText()).contains("al een band");
        assertThat(again.type.getValue()).as("nothing typed is lost").isEqualTo(TieType.VERBINDEN);
    }

    @Test
    void theCoachReadsASharedMapAndCommentsOnIt() {
        long sanne = jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(DemoUsers.PARTICIPANT).query(Long.class).single();
        DemoUsers.signIn(users, DemoUsers.COACH);
        navigate("coach/verbindingskaart/" + sanne, CoacheeMapView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Verbindingskaart van Sanne de Vries");
        assertThat($(Html.class).all()).anyMatch(h -> h.getInnerHtml().contains("role=\"img\""));
        assertThat($(Button.class).withText("Versturen").exists()).isTrue();
        assertThat($(Dialog.class).exists()).isFalse();
        String message = "Wie mist er nog op je kaart? " + System.nanoTime();
        nl.kopgroep.base.ui.FeedbackThread thread = $(nl.kopgroep.base.ui.FeedbackThread.class).single();
        thread.answerField().setValue(message);
        test($(Button.class).withText("Versturen").single()).click();
        assertThat(thread.getElement().getTextRecursively()).as("the message shows in the thread").contains(message);
        assertThat(comments.comments(new nl.kopgroep.base.UserId(sanne))).extracting(nl.kopgroep.connections.MapComment::body)
                .contains(message);
    }

    @Test
    void aHostileActorNameIsDrawnAsTextNeverAsMarkup() {
        DemoUsers.signIn(users, "yara.dekker@lindendal.nl");
        String hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        long actor = maps.addActor(nl.kopgroep.connections.ActorForm.of(hostile, ActorKind.EXPERT, null));
        try {
            maps.addTie(nl.kopgroep.connections.TieForm.of(null, actor, TieType.VERBINDEN,
                    nl.kopgroep.connections.TieStrength.WEAK));
            navigate(ConnectionMapView.class);
            String svg = $(Html.class).all().stream().map(Html::getInnerHtml).filter(h -> h.contains("<svg"))
                    .findFirst().orElseThrow();
            assertThat(svg).doesNotContain("<script", "<img").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        } finally {
            maps.deleteActor(actor);
        }
    }

    /**
     * A click on "Opslaan" that reaches the server after the actor was saved and the dialog closed (a double click, or
     * the browser's copy of the dialog before it learnt of the close) adds no second actor (issue 16).
     */
    @Test
    void aClickOnTheClosedActorDialogAddsNoSecondActor() {
        DemoUsers.signIn(users, PARTICIPANT);
        ConnectionMapView view = navigate(ConnectionMapView.class);
        test(view.addActor).click();
        ActorDialog dialog = $(ActorDialog.class).single();
        dialog.name.setValue("Dubbelklik-actor");
        dialog.kind.setValue(ActorKind.POLITICAL);
        try {
            test(dialog.save).click();
            assertThat(dialog.isOpened()).isFalse();
            dialog.save.click();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM map_actor WHERE name = 'Dubbelklik-actor'").query(Long.class).single())
                    .isEqualTo(1L);
        } finally {
            jdbc.sql("DELETE FROM map_actor WHERE name = 'Dubbelklik-actor'").update();
        }
    }
}
