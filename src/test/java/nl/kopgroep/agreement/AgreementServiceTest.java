package nl.kopgroep.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The register per municipality: everyone reads, managers and admins import whole or not at all, history kept. */
@KopgroepTest
@Transactional
class AgreementServiceTest {

    @Autowired AgreementService agreements;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void everyoneInTheMunicipalityReadsItsOwnAgreement() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        assertThat(agreements.current()).hasValueSatisfying(a -> assertThat(a.commitmentCount()).isBetween(18, 22));
        String voorbeeldstad = agreements.current().orElseThrow().title();
        DemoUsers.signIn(users, DemoUsers.LINDENDAL_PARTICIPANT);
        assertThat(agreements.current()).hasValueSatisfying(a -> assertThat(a.title()).isNotEqualTo(voorbeeldstad));
    }

    @Test
    void aRevisionBecomesTheAgreementInForceAndTheOldOneStaysInTheHistory() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        int before = agreements.history().size();
        String revision = AgreementReaderTest.VALID.replace("Testakkoord", "Midterm review");
        ImportPreview preview = agreements.preview(revision);
        assertThat(preview.valid()).isTrue();
        assertThat(preview.removedCommitments()).as("commitments of the demo agreement that disappear").isNotEmpty();

        agreements.importAgreement("midterm.yaml", revision);

        assertThat(agreements.current().orElseThrow().title()).startsWith("Midterm review");
        assertThat(agreements.history()).hasSize(before + 1).filteredOn(AgreementSummary::active).hasSize(1);
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        assertThat(agreements.current().orElseThrow().title()).startsWith("Midterm review");
    }

    @Test
    void aBrokenFileSavesNothing() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        int before = agreements.history().size();
        String title = agreements.current().orElseThrow().title();
        String broken = AgreementReaderTest.VALID.replace("baseline: 6.1", "baseline: zes");
        assertThat(agreements.preview(broken).problems()).hasSize(1);
        assertThatThrownBy(() -> agreements.importAgreement("kapot.yaml", broken))
                .isInstanceOf(DomainException.class).hasMessage("agreement.invalidFile");
        assertThatThrownBy(() -> agreements.preview("  ")).isInstanceOf(DomainException.class)
                .hasMessage("agreement.emptyFile");
        assertThat(agreements.history()).hasSize(before);
        assertThat(agreements.current().orElseThrow().title()).isEqualTo(title);
    }

    @Test
    void csvImportSavesWholeOrNothing() throws Exception {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        int before = agreements.history().size();
        String csv = java.nio.file.Files.readString(java.nio.file.Path.of("docs/examples/collegeakkoord-voorbeeldstad.csv"));
        java.time.LocalDate from = java.time.LocalDate.of(2026, 5, 1);
        java.time.LocalDate to = java.time.LocalDate.of(2030, 4, 30);
        assertThatThrownBy(() -> agreements.importCsv("kapot.csv", csv.replace("6,1", "zes"), "Akkoord uit CSV", from, to))
                .isInstanceOf(DomainException.class).hasMessage("agreement.invalidFile");
        assertThat(agreements.history()).hasSize(before);

        agreements.importCsv("akkoord.csv", csv, "Akkoord uit CSV", from, to);
        assertThat(agreements.current().orElseThrow().title()).isEqualTo("Akkoord uit CSV");
        assertThat(agreements.current().orElseThrow().commitmentCount()).isEqualTo(20);
    }

    @Test
    void participantsAndCoachesCannotImport() {
        for (String email : new String[] {DemoUsers.PARTICIPANT, DemoUsers.COACH}) {
            DemoUsers.signIn(users, email);
            assertThatThrownBy(() -> agreements.preview(AgreementReaderTest.VALID)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> agreements.importAgreement("x.yaml", AgreementReaderTest.VALID))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
