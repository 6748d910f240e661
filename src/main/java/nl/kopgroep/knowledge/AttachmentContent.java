package nl.kopgroep.knowledge;

/** An attachment's file, for download. */
public record AttachmentContent(String fileName, String contentType, byte[] content) {
}
