package nl.kopgroep.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload kept in memory only up to a limit, checked on the server: the browser's own limit
 * ({@code Upload.setMaxFileSize}) is a convenience anyone can bypass. A file announced as larger is refused
 * before a byte is read; otherwise at most {@code maxBytes + 1} bytes are read and the rest of the request
 * is left unread (the servlet container discards it). The callbacks run in the UI's session lock.
 */
public final class LimitedUploadHandler implements UploadHandler {

    private final int maxBytes;
    private final SerializableBiConsumer<String, byte[]> received;
    private final SerializableConsumer<String> tooLarge;

    /**
     * @param received the file name and its content, when within the limit
     * @param tooLarge the file name, when the file was refused
     */
    public LimitedUploadHandler(int maxBytes, SerializableBiConsumer<String, byte[]> received,
                                SerializableConsumer<String> tooLarge) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String fileName = event.getFileName() == null ? "" : event.getFileName();
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui, fileName);
            return;
        }
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(maxBytes + 1);
        }
        if (content.length > maxBytes) {
            refuse(event, ui, fileName);
            return;
        }
        ui.access(() -> received.accept(fileName, content));
    }

    private void refuse(UploadEvent event, UI ui, String fileName) {
        event.reject(ui.getTranslation("edge.upload.tooLarge", megabytes()));
        ui.access(() -> tooLarge.accept(fileName));
    }

    /** The limit in whole megabytes (rounded up), for messages. */
    public long megabytes() {
        return (maxBytes + 999_999L) / 1_000_000L;
    }

    /** Multipart uploads: the same limit, enforced by Vaadin before the handler runs. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64L * 1024;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
