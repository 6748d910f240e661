package nl.kopgroep.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.KopgroepUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inzage (AVG art. 15 and 20): every signed-in person downloads all data about them, collected from
 * each feature's {@link PersonalDataPart}, each of which reads only the signed-in person's data.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MyDataService {

    private final List<PersonalDataPart> parts;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    MyDataService(List<PersonalDataPart> parts, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.parts = parts.stream().sorted(Comparator.comparingInt(PersonalDataPart::erasureOrder).reversed()).toList();
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The name of the download, e.g. {@code mijn-gegevens-2026-12-02.zip}. */
    @PreAuthorize("isAuthenticated()")
    public String fileName() {
        return "mijn-gegevens-" + LocalDate.now(clock) + ".zip";
    }

    /**
     * Writes the signed-in person's data to {@code out} as a zip, in one transaction so the parts agree
     * with each other; the rows are streamed, never collected.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void writeMine(OutputStream out, Locale locale) throws IOException {
        KopgroepUser me = currentUser.require();
        ZipExport export = new ZipExport(locale, clock.getZone());
        parts.forEach(part -> part.exportMine(export));
        export.write(out, me.displayName(), clock.instant());
        auditLog.recordAbout(me.id(), me.organisationId(), "PERSONAL_DATA_EXPORTED", "user " + me.id());
    }
}
