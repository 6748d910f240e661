package nl.kopgroep.programme;

import java.util.stream.Collectors;
import nl.kopgroep.base.Messages;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints every content problem, one line each as {@code file:line: message}, instead of a stack trace. */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentInvalidException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentInvalidException cause) {
        String lines = cause.problems().stream().map(p -> "  " + p.describe(Messages.DUTCH))
                .collect(Collectors.joining("\n"));
        return new FailureAnalysis("Kopgroep cannot start: the programme content has " + cause.problems().size()
                + " problem(s):\n" + lines,
                "Fix the files named above (see content/README.md) and start again; check them first with "
                        + "./mvnw -q compile exec:java -Dexec.mainClass=nl.kopgroep.programme.ContentCheck -Dexec.args=content",
                cause);
    }
}
