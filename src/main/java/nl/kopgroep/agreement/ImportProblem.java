package nl.kopgroep.agreement;

import java.util.Locale;
import nl.kopgroep.base.Messages;

/** One problem in an imported file, at its line (YAML) or row (CSV). */
public record ImportProblem(int line, String messageKey, Object[] arguments) {

    public ImportProblem {
        arguments = arguments.clone();
    }

    public String describe(Locale locale) {
        return Messages.text("agreement.problemAt", locale, line, Messages.text(messageKey, locale, arguments));
    }
}
