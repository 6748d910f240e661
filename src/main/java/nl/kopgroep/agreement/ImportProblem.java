package nl.kopgroep.agreement;

import java.util.Locale;
import nl.kopgroep.base.Messages;

/** One problem in an imported file, at its line (YAML) or row (CSV). */
public record ImportProblem(int line, String messageKey, Object[] arguments) {

    public ImportProblem {
        arguments = arguments.clone();
    }

    /** "Regel 12: …"; a problem with the upload's own fields (line 0) has no line. */
    public String describe(Locale locale) {
        String message = Messages.text(messageKey, locale, arguments);
        return line > 0 ? Messages.text("agreement.problemAt", locale, line, message) : message;
    }
}
