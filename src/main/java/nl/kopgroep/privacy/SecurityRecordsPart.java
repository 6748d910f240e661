package nl.kopgroep.privacy;

import static nl.kopgroep.privacy.PersonalDataExport.row;

import java.time.Instant;
import java.util.Map;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.KopgroepUser;
import nl.kopgroep.security.PersonalRecords;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** The audit events about the person and the failed sign-ins on their account (the security feature's records). */
@Component
class SecurityRecordsPart implements PersonalDataPart {

    private final PersonalRecords records;
    private final CurrentUser currentUser;

    SecurityRecordsPart(PersonalRecords records, CurrentUser currentUser) {
        this.records = records;
        this.currentUser = currentUser;
    }

    @Override
    public int erasureOrder() {
        return 90;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void exportMine(PersonalDataExport export) {
        KopgroepUser me = currentUser.require();
        export.add("security.auditEvents", rows -> records.auditEvents(me.id(), event -> rows.accept(row(
                "at", event.at(), "action", event.action(), "target", event.target(), "byYou", event.byThemselves()))));
        export.add("security.failedSignIns", rows -> records.failedSignIns(me.id(),
                (Instant at) -> rows.accept(row("at", at))));
        export.add("security.signIns", rows -> records.signIns(me.id(), signIn -> rows.accept(row(
                "at", signIn.at(), "address", signIn.address(), "device", signIn.device()))));
        export.add("security.secondFactor", rows -> records.secondFactorEnrolledAt(me.id())
                .ifPresent(at -> rows.accept(row("enrolledAt", at))));
        export.add("security.providerLink", rows -> records.providerLink(me.id()).ifPresent(link -> rows.accept(row(
                "issuer", link.issuer(), "providerSubject", link.subject(), "linkedAt", link.linkedAt(),
                "lastSignInAt", link.lastSignInAt()))));
    }

    @Override
    public Map<String, Long> erasureCounts(ErasureSubject person) {
        return records.counts(person.id(), person.email());
    }

    @Override
    public void erase(ErasureSubject person) {
        records.forget(person.id(), person.email());
    }
}
