package nl.kopgroep.knowledge;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Optional;
import nl.kopgroep.base.DomainException;

/**
 * What an attachment may be: at most {@link #MAX_BYTES}, and by its first bytes (not its name or the browser's
 * claim) a PDF, PNG, JPEG, an Office Open XML file (DOCX, PPTX, XLSX: a ZIP with the matching extension) or plain
 * UTF-8 text without control characters. The content type stored is the one the bytes prove.
 */
final class AttachmentCheck {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private AttachmentCheck() {
    }

    /** The content type to store; refuses with a Dutch message key otherwise. */
    static String contentType(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new DomainException("knowledge.attachment.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (content.length == 0) {
            throw new DomainException("knowledge.attachment.empty");
        }
        return detect(fileName, content).orElseThrow(() -> new DomainException("knowledge.attachment.wrongType"));
    }

    static Optional<String> detect(String fileName, byte[] b) {
        String extension = extension(fileName);
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
            return Optional.of("application/pdf");
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) { // a ZIP: only as an Office Open XML document
            String types = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
            if (!types.contains("[Content_Types].xml")) {
                return Optional.empty();
            }
            return switch (extension) {
                case "docx" -> Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                case "pptx" -> Optional.of("application/vnd.openxmlformats-officedocument.presentationml.presentation");
                case "xlsx" -> Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                default -> Optional.empty();
            };
        }
        if ((extension.equals("txt") || extension.equals("md")) && plainText(b)) {
            return Optional.of("text/plain; charset=UTF-8");
        }
        return Optional.empty();
    }

    private static boolean plainText(byte[] b) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
