package org.kpiconsolidator.reference;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A small text file read whole as strict UTF-8 (a leading byte-order mark dropped), with the
 * mapping from character offsets to 1-based lines and columns that error messages need.
 */
final class TextFile {

    /** Reference files are lists of units and indicators; anything bigger is a mistake. */
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Path path;
    private final String text;
    private final int[] lineStarts;

    private TextFile(Path path, String text) {
        this.path = path;
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
            if (lineEnd) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    static TextFile read(Path path) throws ReferenceFileException {
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new ReferenceFileException(path, "larger than " + MAX_BYTES / (1024 * 1024) + " MB; not a reference file");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ReferenceFileException(path, "file not found");
        } catch (IOException e) {
            throw new ReferenceFileException(path, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        String text = decode(path, bytes);
        return new TextFile(path, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static String decode(Path path, byte[] bytes) throws ReferenceFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            // Where the bad byte is, in lines and columns of the text before it.
            TextFile before = new TextFile(path, out.flip().toString());
            int offset = before.text.length();
            throw new ReferenceFileException(path, before.lineOf(offset), before.columnOf(offset),
                    "not UTF-8 text; save the file as \"CSV UTF-8\"");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    Path path() {
        return path;
    }

    String text() {
        return text;
    }

    /** The 1-based line of a character offset. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based character column of an offset within its line. */
    int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    /** The offset of the first character at or after {@code offset} that is not white space. */
    int skipBlank(int offset) {
        int i = offset;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
