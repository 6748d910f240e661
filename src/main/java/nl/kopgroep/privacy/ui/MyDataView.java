package nl.kopgroep.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import nl.kopgroep.privacy.MyDataService;

/** Mijn gegevens: what Kopgroep keeps about me, as one download (the AVG's right of access). */
@Route("mijn-gegevens")
@PermitAll
@Menu(order = 95, icon = "vaadin:download", title = "privacy.nav")
class MyDataView extends Main implements HasDynamicTitle {

    MyDataView(MyDataService myData) {
        addClassName("page");
        Locale locale = getLocale();
        Anchor download = new Anchor((DownloadEvent event) -> {
            event.setFileName(myData.fileName());
            event.setContentType("application/zip");
            try (OutputStream out = event.getOutputStream()) {
                myData.writeMine(out, locale);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, getTranslation("privacy.download"));
        download.addClassName("download-link");
        add(new H1(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.intro")),
                new Paragraph(getTranslation("privacy.format")), new Paragraph(download),
                new Paragraph(getTranslation("privacy.rights")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }
}
