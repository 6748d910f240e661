package nl.kopgroep.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Scans with a running clamd over TCP with its INSTREAM command: {@code zINSTREAM\0}, then chunks of a 4-byte
 * big-endian length and the bytes, ended by a zero length; clamd answers {@code stream: OK} or
 * {@code stream: <name> FOUND}. Anything else (an error, a time-out) refuses the file.
 */
class ClamdScanner implements AttachmentScanner {

    private static final int CHUNK = 64 * 1024;

    private final String host;
    private final int port;
    private final int timeoutMillis;

    ClamdScanner(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public Verdict scan(byte[] content) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int offset = 0; offset < content.length; offset += CHUNK) {
                int length = Math.min(CHUNK, content.length - offset);
                out.writeInt(length);
                out.write(content, offset, length);
            }
            out.writeInt(0);
            out.flush();
            String answer = readAnswer(socket.getInputStream()).strip();
            if (answer.endsWith("OK")) {
                return Verdict.ok();
            }
            if (answer.endsWith("FOUND")) {
                String finding = answer.substring(answer.indexOf(':') + 1, answer.length() - "FOUND".length()).strip();
                return new Verdict(false, finding);
            }
            throw new AttachmentScanException("clamd answered: " + answer);
        } catch (IOException e) {
            throw new AttachmentScanException("clamd at " + host + ":" + port + " could not scan", e);
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) > 0) {
            answer.write(b);
            if (answer.size() > 1024) {
                break;
            }
        }
        return answer.toString(StandardCharsets.US_ASCII);
    }
}
