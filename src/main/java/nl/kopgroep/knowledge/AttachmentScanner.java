package nl.kopgroep.knowledge;

/**
 * The virus-scan hook for attachments: called after the size and type checks, before a file is stored. When
 * {@code kopgroep.knowledge.clamd.host} is set the application uses {@link ClamdScanner} (clamd's INSTREAM
 * protocol); otherwise no scan is done ({@link #NONE}). An installation may register its own bean.
 */
public interface AttachmentScanner {

    /** The verdict: clean, or infected with the scanner's name for what it found. */
    record Verdict(boolean clean, String finding) {

        static Verdict ok() {
            return new Verdict(true, "");
        }
    }

    /** Scans the content; throws {@link AttachmentScanException} when the scanner cannot be reached or answers nonsense. */
    Verdict scan(byte[] content);

    AttachmentScanner NONE = content -> Verdict.ok();

    class AttachmentScanException extends RuntimeException {
        public AttachmentScanException(String message, Throwable cause) {
            super(message, cause);
        }

        public AttachmentScanException(String message) {
            super(message);
        }
    }
}
