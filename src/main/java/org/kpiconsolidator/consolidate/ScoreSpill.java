package org.kpiconsolidator.consolidate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.kpiconsolidator.scoring.SubmissionScore;

/**
 * A temporary file the run writes each form's recomputed score to as soon as the form is read,
 * so that the heap holds one form at a time, not the batch (issue 7: ten thousand forms in a fixed
 * heap). The outputs read the scores back one file at a time, in file order.
 *
 * <p>The file is opened with {@link StandardOpenOption#DELETE_ON_CLOSE}: on Linux and macOS it has
 * no name from the moment it is created, on Windows it goes when closed; either way nothing is left
 * behind, even by a killed run. It is closed when the run's scores are no longer reachable.
 *
 * <p>Scores are stored with Java serialization, each in a deflated stream of its own so any one can
 * be read alone (about 9 KB a form; 40 KB undeflated); {@link Optional} (not serializable) travels
 * in a box. Reading admits only the classes a score is made of.
 */
public final class ScoreSpill {

    private static final Cleaner CLEANER = Cleaner.create();

    /** What a score is made of; anything else in the file is refused. */
    private static final ObjectInputFilter ONLY_SCORES = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;org.kpiconsolidator.model.**;org.kpiconsolidator.scoring.**;"
                    + "org.kpiconsolidator.workbook.CellRef;org.kpiconsolidator.consolidate.ScoreSpill$Box;"
                    + "java.lang.*;java.math.*;java.util.*;!*");

    private final FileChannel channel;
    private final Path file;
    private long end;
    private long[] offsets = new long[256];
    private int[] lengths = new int[256];
    private int entries;
    /**
     * The last score each thread read: an output asks for the same file several times in a row, and
     * outputs written at the same time each go through the files in order.
     */
    private final ThreadLocal<Cached> last = new ThreadLocal<>();

    private record Cached(int entry, SubmissionScore score) {
    }

    private ScoreSpill(FileChannel channel, Path file) {
        this.channel = channel;
        this.file = file;
    }

    /** A new, empty spill file in the system's temporary folder. */
    public static ScoreSpill create() throws IOException {
        return create(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** A new, empty spill file in {@code folder}. */
    public static ScoreSpill create(Path folder) throws IOException {
        Path file = Files.createTempFile(folder, "kpi-consolidator-", ".scores");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
        ScoreSpill spill = new ScoreSpill(channel, file);
        CLEANER.register(spill, new Closer(channel));
        return spill;
    }

    /** Closes the channel, which deletes the file; a separate class so the cleaner does not hold the spill. */
    private record Closer(FileChannel channel) implements Runnable {
        @Override
        public void run() {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more can be done; the file has no name left on most systems
            }
        }
    }

    /** The file's path while it has one (for tests: on Linux it is gone as soon as it is opened). */
    Path file() {
        return file;
    }

    /**
     * Appends a score; safe to call from the reading threads.
     *
     * @return the entry to {@link #read(long)} it back with
     * @throws UncheckedIOException when the file cannot be written (a full disk)
     */
    long write(SubmissionScore score) {
        byte[] bytes = serialize(score);
        synchronized (this) {
            try {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                long at = end;
                while (buffer.hasRemaining()) {
                    at += channel.write(buffer, at);
                }
                if (entries == offsets.length) {
                    offsets = Arrays.copyOf(offsets, entries * 2);
                    lengths = Arrays.copyOf(lengths, entries * 2);
                }
                offsets[entries] = end;
                lengths[entries] = bytes.length;
                end = at;
                return entries++;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the scores' temporary file " + file, e);
            }
        }
    }

    /**
     * Reads a score back.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    SubmissionScore read(long entry) {
        int index = Math.toIntExact(entry);
        Cached cached = last.get();
        if (cached != null && cached.entry() == index) {
            return cached.score();
        }
        long at;
        ByteBuffer buffer;
        synchronized (this) {
            at = offsets[index];
            buffer = ByteBuffer.allocate(lengths[index]);
        }
        try {
            while (buffer.hasRemaining()) { // positional reads: safe from several threads
                int n = channel.read(buffer, at + buffer.position());
                if (n < 0) {
                    throw new IOException("the file ends early");
                }
            }
            SubmissionScore score = deserialize(buffer.array());
            last.set(new Cached(index, score));
            return score;
        } catch (IOException | ClassNotFoundException e) {
            throw new UncheckedIOException("cannot read the scores' temporary file " + file,
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static byte[] serialize(SubmissionScore score) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 * 1024);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (ObjectOutputStream out = new BoxingOutput(new DeflaterOutputStream(bytes, deflater, 8 * 1024))) {
            out.writeObject(score);
        } catch (IOException e) {
            // Only a class that is not serializable gets here: a model change that forgot this file.
            throw new IllegalStateException("a score cannot be stored: " + e, e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    private static SubmissionScore deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        Inflater inflater = new Inflater();
        try (ObjectInputStream in = new UnboxingInput(
                new InflaterInputStream(new ByteArrayInputStream(bytes), inflater, 8 * 1024))) {
            in.setObjectInputFilter(ONLY_SCORES);
            return (SubmissionScore) in.readObject();
        } finally {
            inflater.end();
        }
    }

    /** An {@link Optional} as it is stored. */
    private record Box(Object value) implements Serializable {
    }

    private static final class BoxingOutput extends ObjectOutputStream {
        BoxingOutput(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            return obj instanceof Optional<?> o ? new Box(o.orElse(null)) : obj;
        }
    }

    private static final class UnboxingInput extends ObjectInputStream {
        UnboxingInput(InputStream in) throws IOException {
            super(in);
            enableResolveObject(true);
        }

        @Override
        protected Object resolveObject(Object obj) {
            return obj instanceof Box b ? Optional.ofNullable(b.value()) : obj;
        }
    }
}
