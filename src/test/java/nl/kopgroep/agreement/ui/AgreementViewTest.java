package nl.kopgroep.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.agreement.AgreementService;
import org.springframework.transaction.annotation.Transactional;
import nl.kopgroep.KopgroepTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class AgreementViewTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired AgreementService agreements;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void participantReadsTheTreeButCannotImport() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        navigate(AgreementView.class);
        assertThat($(Details.class).all()).hasSizeBetween(5, 6);
        assertThat($(Upload.class).exists()).isFalse();
        assertThat($(Button.class).withText("Afspraak wijzigen").exists()).isFalse();
    }

    @Test
    @Transactional
    void managerChangesACommitmentInADialogAndABadCodeKeepsWhatWasTyped() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        navigate(AgreementView.class);
        int versions = agreements.history().size();
        Button edit = $(Button.class).withText("Afspraak wijzigen").first();
        String code = edit.getElement().getAttribute("aria-label").replace("Afspraak wijzigen: ", "");
        test(edit).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).withLabel("Titel").single()).setValue("Een nieuw geformuleerde afspraak");
        test($(Button.class, dialog).withText("Indicator toevoegen").single()).click();
        test($(TextField.class, dialog).withCondition(f -> f.getLabel().endsWith(": naam")).last()).setValue("Tevredenheid");
        test($(Button.class, dialog).withText("Opslaan").single()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(agreements.current().orElseThrow().commitmentTitles().get(code))
                .isEqualTo("Een nieuw geformuleerde afspraak");
        assertThat(agreements.history()).hasSize(versions + 1);

        test($(Button.class).withText("Afspraak toevoegen").first()).click();
        Dialog add = $(Dialog.class).single();
        test($(TextField.class, add).withLabel("Code").single()).setValue(code);
        test($(TextField.class, add).withLabel("Titel").single()).setValue("Dubbele code");
        test($(Button.class, add).withText("Opslaan").single()).click();
        assertThat(add.isOpened()).isTrue();
        assertThat(add.getElement().getTextRecursively()).contains("wordt in dit akkoord al gebruikt");
        assertThat($(TextField.class, add).withLabel("Titel").single().getValue()).isEqualTo("Dubbele code");
    }

    /**
     * A second click on the closed commitment dialog's "Opslaan" stores no second version of the agreement (the register
     * stored none before either: the version it is based on is no longer the active one, "changed meanwhile", shown
     * in the closed dialog; now the click does nothing).
     */
    @Test
    @Transactional
    void aClickOnTheClosedCommitmentDialogStoresNoSecondVersion() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        navigate(AgreementView.class);
        int versions = agreements.history().size();
        test($(Button.class).withText("Afspraak wijzigen").first()).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).withLabel("Titel").single()).setValue("Een dubbel aangeklikte afspraak");
        Button save = $(Button.class, dialog).withText("Opslaan").single();
        test(save).click();
        assertThat(dialog.isOpened()).isFalse();
        save.click();
        assertThat(agreements.history()).hasSize(versions + 1);
    }

    @Test
    void managerSeesEveryProblemOfABrokenFileWithItsLine() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        AgreementView view = navigate(AgreementView.class);
        assertThat($(Upload.class).exists()).isTrue();
        view.showPreview("kapot.yaml", """
                agreement:
                  title: Kapot
                  period: { from: 2026-05-01, to: 2025-01-01 }
                themes:
                  - code: A
                    titel: Fout
                """);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Niet in te lezen", "Regel 3:", "Regel 6: Onbekend veld titel");
    }

    @Test
    void anOversizeUploadIsCutOffAtTheLimitOnTheServerWithADutchMessage() throws Exception {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        AgreementView view = navigate(AgreementView.class);
        Upload upload = $(Upload.class).single();
        roundTrip();
        UploadHandler handler = (UploadHandler) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class,
                        URI.create(upload.getElement().getAttribute("target")))
                .orElseThrow().getElementRequestHandler();
        // 50 MB, sent without a length (as a chunked request would be): the browser's limit was bypassed.
        long sent = 50L * 1024 * 1024;
        AtomicLong read = new AtomicLong();
        InputStream body = new InputStream() {
            @Override
            public int read() {
                return read.getAndIncrement() < sent ? 'a' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int n = (int) Math.min(length, sent - read.get());
                if (length == 0) {
                    return 0;
                }
                if (n <= 0) {
                    return -1;
                }
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
                read.addAndGet(n);
                return n;
            }
        };
        UploadEvent event = new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(), "groot.yaml", -1, "application/x-yaml", upload.getElement(), null) {
            @Override
            public InputStream getInputStream() {
                return body;
            }
        };
        handler.handleUploadRequest(event);
        MockVaadin.runUIQueue();
        assertThat(read.get()).as("bytes read from the request").isLessThanOrEqualTo(AgreementService.MAX_FILE + 64 * 1024L);
        assertThat(event.isRejected()).isTrue();
        assertThat(view.getElement().getTextRecursively()).contains("Het bestand is groter dan 2 MB");
    }
}
