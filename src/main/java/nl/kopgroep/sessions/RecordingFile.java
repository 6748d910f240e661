package nl.kopgroep.sessions;

/** A session's graphic recording for download. */
public record RecordingFile(String fileName, String contentType, byte[] content) {
}
