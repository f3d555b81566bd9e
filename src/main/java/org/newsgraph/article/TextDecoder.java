package org.newsgraph.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns raw bytes into clean article text: detects BOMs (UTF-8, UTF-16 LE/BE), refuses binary data and
 * invalid UTF-8 with the byte offset, folds Windows and old Mac line endings to {@code \n}, and replaces
 * other control characters by spaces.
 */
final class TextDecoder {
    private TextDecoder() {
    }

    /** Thrown with a reason a user can act on. */
    static final class BadTextException extends Exception {
        private static final long serialVersionUID = 1L;

        BadTextException(String message) {
            super(message);
        }
    }

    static String decode(byte[] bytes) throws BadTextException {
        if (bytes.length == 0) {
            throw new BadTextException("empty file");
        }
        Charset cs = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        if (cs == StandardCharsets.UTF_8) {
            for (int i = skip; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw new BadTextException("binary data (NUL byte at byte offset " + i + "), not text");
                }
            }
        }
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out;
        try {
            out = dec.decode(in);
        } catch (MalformedInputException e) {
            throw new BadTextException("invalid " + cs.name() + " at byte offset " + in.position());
        } catch (CharacterCodingException e) {
            throw new BadTextException("cannot decode as " + cs.name() + ": " + e.getMessage());
        }
        return clean(out.toString());
    }

    /** Line endings to {@code \n}; control characters other than tab and newline to spaces. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t') {
                b.append(c);
            } else if (Character.isISOControl(c) || c == '\uFEFF') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
