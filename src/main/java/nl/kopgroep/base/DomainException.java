package nl.kopgroep.base;

/**
 * A rule of the domain was broken by the user's input. Carries an i18n message key (and its
 * arguments) that the UI error handler translates; the exception message is for logs only.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
