package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Sends UTF-8 bytes to picocli's writer, so command output can be captured in tests. */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter out;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    WriterOutputStream(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(int b) {
        buffer.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        buffer.write(b, off, len);
        if (buffer.size() > 1 << 16) {
            flush();
        }
    }

    @Override
    public void flush() {
        // Only whole UTF-8 sequences are decoded; a trailing partial one waits for the next write.
        byte[] bytes = buffer.toByteArray();
        int end = bytes.length;
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0xC0) {
            end = end - back - 1;
        }
        out.write(new String(bytes, 0, end, StandardCharsets.UTF_8));
        out.flush();
        buffer.reset();
        buffer.write(bytes, end, bytes.length - end);
    }

    @Override
    public void close() {
        flush();
    }
}
