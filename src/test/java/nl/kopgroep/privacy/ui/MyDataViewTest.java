package nl.kopgroep.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** "Mijn gegevens": the page's link downloads the signed-in person's zip. */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class MyDataViewTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void theLinkDownloadsMyDataAsAZip() throws Exception {
        DemoUsers.signIn(users, DemoUsers.COACH);
        navigate(MyDataView.class);
        Anchor download = $(Anchor.class).withText("Mijn gegevens downloaden (zip)").single();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(download).download(out);

        List<String> names = new ArrayList<>();
        String html = "";
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("overzicht.html")) {
                    html = text;
                }
            }
        }
        assertThat(names).contains("overzicht.html", "json/organisation.profile.json", "json/review.notesWritten.json");
        assertThat(html).contains("Gegevens van Marieke Jansen in Kopgroep", DemoUsers.COACH);
    }
}
