package nl.kopgroep.programme;

import java.util.Arrays;
import java.util.Locale;
import nl.kopgroep.base.Messages;

/**
 * One thing wrong in the content tree, with the file (relative to the content folder) and the
 * 1-based line where it is. The message is an i18n key, so the admin reads it in their language.
 */
public record ContentProblem(String file, int line, String messageKey, Object[] arguments) {

    public ContentProblem {
        arguments = arguments.clone();
    }

    public String message(Locale locale) {
        return Messages.text(messageKey, locale, arguments);
    }

    /** {@code file:line: message}, as compilers print it, so editors can jump to it. */
    public String describe(Locale locale) {
        return file + ":" + line + ": " + message(locale);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContentProblem p && p.file.equals(file) && p.line == line
                && p.messageKey.equals(messageKey) && Arrays.equals(p.arguments, arguments);
    }

    @Override
    public int hashCode() {
        return (file + line + messageKey).hashCode();
    }

    @Override
    public String toString() {
        return describe(Messages.DUTCH);
    }
}
