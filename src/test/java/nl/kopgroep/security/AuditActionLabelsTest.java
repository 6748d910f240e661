package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.kopgroep.base.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every action the code writes to the audit log has a Dutch label for the administrators' log page; a new
 * action without one would show as a bare code. Found in the source: string constants in audit calls and in
 * constants named like actions.
 */
class AuditActionLabelsTest {

    private static final Pattern IN_AUDIT_CALL =
            Pattern.compile("\\.record(?:About|Anonymous)?\\([^;]*?\"([A-Z][A-Z_]{3,})\"", Pattern.DOTALL);
    private static final Pattern ACTION_ARGUMENT = Pattern.compile("(?:setPassword|auditAction)[^;]*?\"([A-Z][A-Z_]{3,})\"");
    private static final Pattern ACTION_CONSTANT =
            Pattern.compile("static final String (?:LOGIN_[A-Z_]+|[A-Z_]*ACTION[A-Z_]*) = \"([A-Z][A-Z_]{3,})\"");

    @Test
    void everyAuditedActionHasALabel() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : new Pattern[] {IN_AUDIT_CALL, ACTION_ARGUMENT, ACTION_CONSTANT}) {
                    Matcher matcher = pattern.matcher(source);
                    while (matcher.find()) {
                        actions.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(actions).as("found in the source").contains("LOGIN", "LOGIN_FAILED", "ACCOUNT_CREATED",
                "INVITATION_ACCEPTED", "PASSWORD_RESET_COMPLETED", "PASSWORD_RECOVERED", "PASSWORD_RECOVERY_THROTTLED");
        assertThat(actions.stream().filter(action -> !Messages.exists("audit.action." + action)).toList())
                .as("actions without a label audit.action.*").isEmpty();
    }
}
