package nl.kopgroep.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dutch and English stay in step, and every key the code asks for exists. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|DomainException)\\(\\s*\"([a-zA-Z]+(?:\\.[a-zA-Z_]+)+)\"");

    @Test
    void englishHasExactlyTheDutchKeys() throws IOException {
        assertThat(keys("translations_en.properties")).isEqualTo(keys("translations.properties"));
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> known = keys("translations.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    @Test
    void dutchIsShownEvenWhenTheServerDefaultIsEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            Translations translations = new Translations();
            assertThat(translations.getTranslation("login.title", AppLocales.DUTCH)).isEqualTo("Inloggen");
            assertThat(translations.getTranslation("login.title", Locale.ENGLISH)).isEqualTo("Sign in");
            assertThat(translations.getTranslation("cohort.month", AppLocales.DUTCH, 9)).isEqualTo("Maand 9 van 24");
            assertThat(translations.getTranslation("geen.sleutel", AppLocales.DUTCH)).isEqualTo("!geen.sleutel!");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
