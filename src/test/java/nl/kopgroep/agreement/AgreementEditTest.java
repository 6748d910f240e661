package nl.kopgroep.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.agreement.AgreementDocument.Commitment;
import nl.kopgroep.agreement.AgreementDocument.Indicator;
import nl.kopgroep.base.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Editing the agreement in the app: each change a checked new version, codes fixed, stale edits refused. */
@KopgroepTest
@Transactional
class AgreementEditTest {

    @Autowired AgreementService agreements;
    @Autowired UserDetailsService users;

    @BeforeEach
    void startFromTheTestAgreement() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        agreements.importAgreement("akkoord.yaml", AgreementTestFiles.VALID);
    }

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void addingAndChangingACommitmentMakesANewVersionEachTime() {
        int versions = agreements.history().size();
        agreements.saveCommitment(version(), "W1", null, new Commitment("W1.3", "  Starters krijgen voorrang  ", "",
                "Programma 8 Volkshuisvesting", List.of(new Indicator("Starterswoningen", "CBS", "woningen",
                        new BigDecimal("120"), new BigDecimal("300"), LocalDate.of(2029, 12, 31)))));
        Commitment added = commitment("W1.3");
        assertThat(added.title()).isEqualTo("Starters krijgen voorrang");
        assertThat(added.description()).isNull();
        assertThat(added.indicators()).singleElement().satisfies(i -> assertThat(i.target()).isEqualByComparingTo("300"));

        agreements.saveCommitment(version(), "W1", "W1.3", new Commitment("ignored", "Starters en ouderen krijgen voorrang",
                null, null, List.of()));
        Commitment changed = commitment("W1.3");
        assertThat(changed.code()).as("the code of an existing commitment stays").isEqualTo("W1.3");
        assertThat(changed.indicators()).isEmpty();
        assertThat(agreements.history()).hasSize(versions + 2).first()
                .satisfies(v -> assertThat(v.sourceName()).isEqualTo(AgreementService.EDITED + "W1.3"));
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingIsSaved() {
        int versions = agreements.history().size();
        long version = version();
        assertRefused(() -> agreements.saveCommitment(version, "W1", null, new Commitment("W1.2", "Dubbel", null, null,
                List.of())), "agreement.codeInUse");
        assertRefused(() -> agreements.saveCommitment(version, "W1", null, new Commitment("W 1.4", "Spatie", null, null,
                List.of())), "agreement.invalidCode");
        assertRefused(() -> agreements.saveCommitment(version, "W1", null, new Commitment("W1.4", " ", null, null,
                List.of())), "validation.required");
        assertRefused(() -> agreements.saveCommitment(version, "W1", "W1.1", new Commitment("W1.1", "Met indicator",
                null, null, List.of(new Indicator("", null, null, null, null, null)))), "validation.required");
        assertRefused(() -> agreements.saveCommitment(version, "X9", null, new Commitment("W1.4", "Nergens", null, null,
                List.of())), "agreement.unknownCode");
        assertRefused(() -> agreements.editHeader(version, "Akkoord", LocalDate.of(2030, 1, 1), LocalDate.of(2026, 1, 1)),
                "agreement.periodReversed");
        assertRefused(() -> agreements.editHeader(version, "Akkoord", null, LocalDate.of(2026, 1, 1)),
                "agreement.periodRequired");
        assertRefused(() -> agreements.saveTheme(version, "WONEN", "WONEN", "Wonen"), "agreement.nothingChanged");
        assertRefused(() -> agreements.remove(version, "WONEN"), "agreement.noThemes");
        assertThat(agreements.history()).hasSize(versions);
    }

    @Test
    void anEditBasedOnAnOlderVersionIsRefused() {
        long seen = version();
        agreements.saveTheme(seen, "WONEN", "WONEN", "Wonen en leven");
        assertRefused(() -> agreements.saveAmbition(seen, "WONEN", null, "W2", "Goed wonen voor ouderen"),
                "agreement.changedMeanwhile");
        agreements.saveAmbition(version(), "WONEN", null, "W2", "Goed wonen voor ouderen");
        AgreementDocument document = agreements.current().orElseThrow();
        assertThat(document.themes().getFirst().title()).isEqualTo("Wonen en leven");
        assertThat(document.themes().getFirst().ambitions()).extracting(AgreementDocument.Ambition::code)
                .containsExactly("W1", "W2");
    }

    @Test
    void removingAnAmbitionTakesItsCommitmentsWithIt() {
        agreements.saveTheme(version(), null, "ZORG", "Zorg");
        agreements.remove(version(), "W1");
        assertThat(agreements.current().orElseThrow().commitmentCodes()).isEmpty();
        assertThat(agreements.current().orElseThrow().themes()).extracting(AgreementDocument.Theme::code)
                .containsExactly("WONEN", "ZORG");
    }

    @Test
    void onlyManagersAndAdminsEdit() {
        long version = version();
        for (String email : new String[] {DemoUsers.PARTICIPANT, DemoUsers.COACH}) {
            DemoUsers.signIn(users, email);
            assertThatThrownBy(() -> agreements.remove(version, "W1.1")).as(email).isInstanceOf(AccessDeniedException.class);
        }
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        agreements.remove(version, "W1.1");
        DemoUsers.signIn(users, DemoUsers.LINDENDAL_PARTICIPANT);
        assertThat(agreements.current().orElseThrow().title()).as("another municipality's agreement is untouched")
                .doesNotStartWith("Testakkoord");
    }

    private long version() {
        return agreements.currentVersion().orElseThrow();
    }

    private Commitment commitment(String code) {
        return AgreementService.commitments(agreements.current().orElseThrow()).get(code);
    }

    private static void assertRefused(Runnable edit, String messageKey) {
        assertThatThrownBy(edit::run).isInstanceOf(DomainException.class).hasMessage(messageKey);
    }
}
