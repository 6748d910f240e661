package nl.kopgroep.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/cross-border.md stays true: every {@code Class#method} it names (each cross-municipality read and the test
 * proving it) exists in the code — a renamed or removed method fails here until the document follows.
 */
class CrossBorderDocTest {

    private static final Path DOC = Path.of("docs/cross-border.md");
    private static final Pattern REFERENCE = Pattern.compile("`([A-Z][A-Za-z0-9]*)#([a-z][A-Za-z0-9]*)`");
    private static final List<Path> ROOTS = List.of(Path.of("target/classes"), Path.of("target/test-classes"));

    @Test
    void everyClassAndMethodNamedInTheDocumentExists() throws IOException {
        Set<String> references = references(Files.readString(DOC));
        assertThat(references).as("the document names the reads and their tests").hasSizeGreaterThan(10);
        List<String> missing = new ArrayList<>();
        for (String reference : references) {
            String[] parts = reference.split("#");
            List<Class<?>> classes = classesNamed(parts[0]);
            boolean found = classes.stream().flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                    .map(Method::getName).anyMatch(parts[1]::equals);
            if (!found) {
                missing.add(reference + (classes.isEmpty() ? " (no such class)" : " (no such method)"));
            }
        }
        assertThat(missing).as("Class#method named in docs/cross-border.md but not in the code").isEmpty();
    }

    @Test
    void theCheckNoticesAMethodThatDoesNotExist() throws IOException {
        Set<String> references = references("see `JointDashboardService#dashboard` and `JointDashboardService#gone`");
        assertThat(references).containsExactly("JointDashboardService#dashboard", "JointDashboardService#gone");
        assertThat(classesNamed("JointDashboardService").getFirst().getDeclaredMethods())
                .extracting(Method::getName).contains("dashboard").doesNotContain("gone");
    }

    static Set<String> references(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1) + "#" + matcher.group(2));
        }
        return found;
    }

    /** The classes of the application or its tests with this simple name (top-level ones). */
    private static List<Class<?>> classesNamed(String simpleName) throws IOException {
        List<Class<?>> classes = new ArrayList<>();
        for (Path root : ROOTS) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.getFileName().toString().equals(simpleName + ".class")).toList()) {
                    String name = root.relativize(file).toString().replace(".class", "").replace('/', '.');
                    try {
                        classes.add(Class.forName(name, false, CrossBorderDocTest.class.getClassLoader()));
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(name, e);
                    }
                }
            }
        }
        return classes;
    }
}
