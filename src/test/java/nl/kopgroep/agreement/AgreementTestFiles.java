package nl.kopgroep.agreement;

/** Agreement files shared by tests of other features. */
public final class AgreementTestFiles {

    /** A small valid agreement with only W1.1 and W1.2: a revision in which most demo commitments disappear. */
    public static final String VALID = AgreementReaderTest.VALID;

    private AgreementTestFiles() {
    }
}
