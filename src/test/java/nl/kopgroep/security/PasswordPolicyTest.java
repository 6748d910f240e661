package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.Messages;
import org.junit.jupiter.api.Test;

/** The one password rule: length, guessability (nbvcxz, breach list, Dutch list, personal words), repetition. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void theMinimumEntropyIsNbvcxzsOwnDefault() {
        assertThat(PasswordPolicy.MIN_ENTROPY)
                .isEqualTo(me.gosimple.nbvcxz.resources.ConfigurationBuilder.getDefaultMinimumEntropy());
    }

    @Test
    void refusesShortPasswords() {
        assertThatThrownBy(() -> policy.check("kopgroep", "kopgroep", "x@voorbeeldstad.nl"))
                .isInstanceOf(DomainException.class).hasMessage("validation.password.tooShort");
        assertThatThrownBy(() -> policy.check("Ab3$kq9!zt1", "Ab3$kq9!zt1"))
                .hasMessage("validation.password.tooShort");
    }

    @Test
    void refusesCommonAndBreachedPasswordsEvenWhenLongEnough() {
        for (String common : new String[] {"password1234", "qwertyuiop123", "123456789012", "iloveyou1234",
                "Wachtwoord123", "welkom123456", "aaaaaaaaaaaaaaa", "abcdefghijklmn"}) {
            assertThatThrownBy(() -> policy.check(common, common)).as(common)
                    .isInstanceOf(DomainException.class).hasMessage("password.weak");
        }
    }

    @Test
    void refusesPasswordsBuiltOnThePersonsOwnDetails() {
        assertThatThrownBy(() -> policy.check("sanne.devries2026", "sanne.devries2026",
                "sanne.devries@voorbeeldstad.nl", "Sanne de Vries", "Gemeente Voorbeeldstad"))
                .hasMessage("password.weak");
        assertThatThrownBy(() -> policy.check("Voorbeeldstad2026!", "Voorbeeldstad2026!",
                "sanne.devries@voorbeeldstad.nl", "Sanne de Vries", "Gemeente Voorbeeldstad"))
                .hasMessage("password.weak");
    }

    @Test
    void weakPasswordsSayWhyInDutchAndEnglish() {
        DomainException refused = catchRefusal("password1234");
        Object[] arguments = refused.arguments();
        assertThat(arguments).hasSize(3);
        assertThat(Arrays.stream(arguments).map(String::valueOf).filter(a -> !a.isEmpty()))
                .isNotEmpty().allSatisfy(key -> {
                    assertThat(Messages.exists(key)).as(key).isTrue();
                    assertThat(Messages.text(key, Messages.DUTCH)).doesNotStartWith("!");
                    assertThat(Messages.text(key, java.util.Locale.ENGLISH)).doesNotStartWith("!");
                });
        assertThat(Messages.text("password.weak", Messages.DUTCH, arguments)).startsWith("Dit wachtwoord is te makkelijk te raden");
    }

    @Test
    void acceptsLongPassphrasesAndChecksTheRepetitionLast() {
        policy.check("paarse fiets in de regen", "paarse fiets in de regen", "sanne@voorbeeldstad.nl");
        policy.check("Kq8#vT2m!xZr", "Kq8#vT2m!xZr");
        assertThatThrownBy(() -> policy.check("paarse fiets in de regen", "paarse fiets in de regen!"))
                .hasMessage("validation.password.mismatch");
        assertThatThrownBy(() -> policy.check("a".repeat(129), "a".repeat(129)))
                .hasMessage("validation.password.tooLong");
    }

    private DomainException catchRefusal(String password) {
        try {
            policy.check(password, password);
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError(password + " was accepted");
    }
}
