package nl.kopgroep.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.resources.Feedback;
import me.gosimple.nbvcxz.scoring.Result;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one rule for every password a person sets (invitation, first run, changing one's own password):
 * at least {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH}, not guessable. "Guessable" is
 * decided by nbvcxz, which estimates how many guesses a password takes from dictionaries (among them a
 * list of passwords from breaches), keyboard patterns, repeats, sequences, dates and leet substitutions,
 * plus our Dutch list of common passwords and the person's own address, name and municipality. A refusal
 * says why and what helps, in the reader's language ({@code password.feedback.*}).
 * <p>The rule applies when a password is set; a stored hash of an older, shorter password still verifies.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /**
     * nbvcxz's own default (bits of entropy, ≈ 3·10¹⁰ guesses): well out of reach of an online attack. Written out
     * because {@code ConfigurationBuilder.getDefaultMinimumEntropy()} loads nbvcxz's dictionaries with its class;
     * PasswordPolicyTest checks that the two agree.
     */
    static final double MIN_ENTROPY = 35;
    private static final String FEEDBACK_PREFIX = "password.feedback.";

    /**
     * nbvcxz's dictionaries and ours, read when the first password is checked: reading them took about 2 % of the
     * application's start-up (issue 16, docs/benchmarks.md), and signing in never needs them.
     */
    private static final class Dictionaries {
        static final List<Dictionary> ALL;

        static {
            List<Dictionary> all = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
            all.add(new DictionaryBuilder().setDictionaryName("passwords-nl")
                    .addWords(readWords("common-passwords-nl.txt"), 0).createDictionary());
            ALL = List.copyOf(all);
        }
    }

    /**
     * Checks a new password and its repetition; throws a {@link DomainException} with the reason (and
     * suggestions) when it is refused.
     *
     * @param personalWords what the password must not be built on: the person's e-mail address, name, municipality
     */
    public void check(@Nullable String password, @Nullable String repeated, String... personalWords) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new DomainException("validation.password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new DomainException("validation.password.tooLong", MAX_LENGTH);
        }
        Result result = new Nbvcxz(configuration(personalWords)).estimate(password);
        if (!result.isMinimumEntropyMet()) {
            throw weak(result.getFeedback());
        }
        if (!password.equals(repeated)) {
            throw new DomainException("validation.password.mismatch");
        }
    }

    /** Whether a password would pass (without its repetition); for feedback while typing. */
    public boolean acceptable(@Nullable String password, String... personalWords) {
        try {
            check(password, password, personalWords);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    private Configuration configuration(String... personalWords) {
        DictionaryBuilder personal = new DictionaryBuilder().setDictionaryName("personal").setExclusion(true);
        for (String word : personalWords) {
            for (String part : Objects.requireNonNullElse(word, "").toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= 3) {
                    personal.addWord(part, 0);
                }
            }
            if (word != null && !word.isBlank()) {
                personal.addWord(word.toLowerCase(Locale.ROOT), 0);
            }
        }
        List<Dictionary> all = new ArrayList<>(Dictionaries.ALL);
        all.add(personal.createDictionary());
        return new ConfigurationBuilder().setDictionaries(all).setMinimumEntropy(MIN_ENTROPY)
                .setMaxLength(MAX_LENGTH).createConfiguration();
    }

    /** "Too easy to guess", with nbvcxz's warning and up to two suggestions as our own message keys. */
    private static DomainException weak(Feedback feedback) {
        List<String> parts = new ArrayList<>();
        if (feedback.getWarningKey() != null) {
            parts.add(FEEDBACK_PREFIX + feedback.getWarningKey().replaceFirst("^feedback\\.", ""));
        }
        for (String suggestion : feedback.getSuggestionKeys()) {
            parts.add(FEEDBACK_PREFIX + suggestion.replaceFirst("^feedback\\.", ""));
        }
        List<String> known = parts.stream().filter(Messages::exists).distinct().limit(3).toList();
        List<Object> arguments = new ArrayList<>(known);
        if (known.isEmpty()) {
            arguments.add(FEEDBACK_PREFIX + "default.suggestions.useFewWords");
        }
        while (arguments.size() < 3) {
            arguments.add("");
        }
        return new DomainException("password.weak", arguments.toArray());
    }

    private static List<String> readWords(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
