package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.AccountForm;
import nl.kopgroep.organisation.AccountService;
import nl.kopgroep.organisation.OrganisationDirectory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@KopgroepTest
@Transactional
class AuditTrailServiceTest {

    @Autowired AuditTrailService auditTrail;
    @Autowired AuditLog auditLog;
    @Autowired AccountService accounts;
    @Autowired OrganisationDirectory directory;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;

    OrganisationId voorbeeldstad;
    OrganisationId lindendal;
    UserId lindendalParticipant;
    LocalDate today;

    @BeforeEach
    void setUp() {
        voorbeeldstad = directory.organisationByCode("voorbeeldstad").orElseThrow();
        lindendal = directory.organisationByCode("lindendal").orElseThrow();
        lindendalParticipant = directory.accountByEmail(DemoUsers.LINDENDAL_PARTICIPANT).orElseThrow();
        today = LocalDate.now(clock);
    }

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void anAdministratorOfAMunicipalitySeesItsOwnLogAndWhatAHostAdministratorDidToItsPeopleButNoOtherMunicipality() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        String marker = "marker " + UUID.randomUUID();
        auditLog.recordAbout(lindendalParticipant, lindendal, "ACCOUNT_CHANGED", marker);
        auditLog.record("ORGANISATION_RENAMED", "host only " + marker);
        KopgroepUser lindendalAdmin = lindendalAdmin();

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                lindendalAdmin, null, lindendalAdmin.getAuthorities()));
        List<AuditEntry> seen = auditTrail.events(new AuditQuery(lindendal, null, null, today, today), 0, 1000);
        assertThat(seen).extracting(AuditEntry::target).contains(marker).doesNotContain("host only " + marker);
        assertThat(seen).filteredOn(e -> marker.equals(e.target())).singleElement()
                .satisfies(e -> assertThat(e.subjectId()).isEqualTo(lindendalParticipant));
        assertThatThrownBy(() -> auditTrail.events(new AuditQuery(voorbeeldstad, null, null, today, today), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditTrail.exportCsv(new AuditQuery(voorbeeldstad, null, null, today, today)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditTrail.actions(voorbeeldstad)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void whatTheHostAdministratorDoesToAMunicipalitysAccountShowsInThatMunicipalitysLogUnderThePerson() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        accounts.deactivate(lindendalParticipant);
        KopgroepUser lindendalAdmin = lindendalAdmin();

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                lindendalAdmin, null, lindendalAdmin.getAuthorities()));
        List<AuditEntry> aboutHer = auditTrail.events(
                new AuditQuery(lindendal, lindendalParticipant, "ACCOUNT_DEACTIVATED", today, today), 0, 10);
        assertThat(aboutHer).singleElement().satisfies(e -> {
            assertThat(e.subjectId()).isEqualTo(lindendalParticipant);
            assertThat(e.actor()).isEqualTo(DemoUsers.ADMIN);
        });
    }

    @Test
    void nobodyButAnAdministratorReadsTheLog() {
        for (String who : List.of(DemoUsers.PARTICIPANT, DemoUsers.COACH, DemoUsers.MANAGER)) {
            DemoUsers.signIn(users, who);
            assertThatThrownBy(() -> auditTrail.events(new AuditQuery(voorbeeldstad, null, null, today, today), 0, 10))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void filtersByPersonAsActorOrSubjectAndByAction() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        UserId admin = directory.accountByEmail(DemoUsers.ADMIN).orElseThrow();
        UserId participant = directory.accountByEmail(DemoUsers.PARTICIPANT).orElseThrow();
        String marker = UUID.randomUUID().toString();
        auditLog.recordAbout(participant, voorbeeldstad, "ACCOUNT_CHANGED", "about " + marker);
        auditLog.record("COHORT_CHANGED", "by admin " + marker);

        List<String> aboutParticipant = targets(new AuditQuery(voorbeeldstad, participant, null, today, today));
        assertThat(aboutParticipant).contains("about " + marker).doesNotContain("by admin " + marker);
        List<String> byAdmin = targets(new AuditQuery(voorbeeldstad, admin, null, today, today));
        assertThat(byAdmin).contains("about " + marker, "by admin " + marker);
        List<String> cohortChanges = targets(new AuditQuery(voorbeeldstad, null, "COHORT_CHANGED", today, today));
        assertThat(cohortChanges).contains("by admin " + marker).doesNotContain("about " + marker);
        assertThat(auditTrail.actions(voorbeeldstad)).contains("ACCOUNT_CHANGED", "COHORT_CHANGED");
        AuditQuery both = new AuditQuery(voorbeeldstad, participant, "ACCOUNT_CHANGED", today, today);
        assertThat(auditTrail.count(both)).isEqualTo(targets(both).size()).isPositive();
    }

    @Test
    void thePeriodIsWholeDaysAndBounded() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        String marker = "today " + UUID.randomUUID();
        auditLog.record("COHORT_CHANGED", marker);

        assertThat(targets(new AuditQuery(voorbeeldstad, null, null, today, today))).contains(marker);
        assertThat(targets(new AuditQuery(voorbeeldstad, null, null, today.minusDays(10), today.minusDays(1))))
                .doesNotContain(marker);
        assertThatThrownBy(() -> auditTrail.count(new AuditQuery(voorbeeldstad, null, null, today, today.minusDays(1))))
                .isInstanceOf(DomainException.class).hasMessage("audit.error.periodReversed");
        assertThatThrownBy(() -> auditTrail.count(new AuditQuery(voorbeeldstad, null, null, null, today)))
                .isInstanceOf(DomainException.class).hasMessage("audit.error.periodRequired");
        assertThatThrownBy(() -> auditTrail.count(new AuditQuery(voorbeeldstad, null, null,
                today.minusDays(AuditTrailService.MAX_DAYS), today)))
                .isInstanceOf(DomainException.class).hasMessage("audit.error.periodTooLong");
        assertThat(auditTrail.count(new AuditQuery(voorbeeldstad, null, null,
                today.minusDays(AuditTrailService.MAX_DAYS - 1L), today))).isPositive();
    }

    @Test
    void theExportIsCsvWithoutFormulasAndIsItselfAudited() throws Exception {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        String marker = UUID.randomUUID().toString();
        auditLog.record("COHORT_CHANGED", "=HYPERLINK(\"http://evil\";\"" + marker + "\")");

        byte[] csv = auditTrail.exportCsv(new AuditQuery(voorbeeldstad, null, "COHORT_CHANGED", today, today));

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows.getFirst().values()).containsExactlyElementsOf(AuditTrailService.CSV_COLUMNS);
        assertThat(rows).filteredOn(row -> row.get(5).contains(marker)).singleElement()
                .satisfies(row -> assertThat(row.get(5)).startsWith("'="));
        assertThat(targets(new AuditQuery(voorbeeldstad, null, "AUDIT_LOG_EXPORTED", today, today))).isNotEmpty();
    }

    private List<String> targets(AuditQuery query) {
        return auditTrail.events(query, 0, 10_000).stream().map(AuditEntry::target).toList();
    }

    /** A municipality's own administrator, made by the installation administrator, as signed in. */
    private KopgroepUser lindendalAdmin() {
        String email = "beheer-" + UUID.randomUUID() + "@lindendal.nl";
        var account = accounts.create(lindendal, new AccountForm("Beheer Lindendal", email, EnumSet.of(Role.ADMIN))).account();
        return new KopgroepUser(new LoginAccount(account.id(), lindendal, false, email, account.displayName(), null, true,
                EnumSet.of(Role.ADMIN), null, 0), clock.instant());
    }
}
