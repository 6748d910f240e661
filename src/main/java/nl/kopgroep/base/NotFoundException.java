package nl.kopgroep.base;

/**
 * The thing asked for does not exist, or is not visible to the current user. Both cases look the
 * same on purpose, so ids of other people's data cannot be probed.
 */
public class NotFoundException extends DomainException {

    public NotFoundException() {
        super("error.notFound");
    }
}
