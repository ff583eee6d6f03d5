package org.kpiconsolidator.consolidate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kpiconsolidator.scoring.SubmissionScore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A temporary file the run writes each form's recomputed score to as soon as the form is read,
 * so that the heap holds one form at a time, not the batch (issue 7: ten thousand forms in a fixed
 * heap). The outputs read the scores back one file at a time, in file order.
 *
 * <p>The file is opened with {@link StandardOpenOption#DELETE_ON_CLOSE}: on Linux and macOS it has
 * no name from the moment it is created, on Windows it goes when closed; either way nothing is left
 * behind, even by a killed run. It is closed when the run's scores are no longer reachable.
 *
 * <p>Scores are stored as {@link ScoreCodec} writes them, about 28 KB a form (280 MB for ten thousand
 * forms). They are not deflated: deflating them on the reading threads and inflating them for the
 * outputs took more CPU than reading the forms' own zips, 10 to 15% of a 10,000-form run, for a
 * file that lives only as long as the run. Reading admits only the classes a score is made of.
 */
public final class ScoreSpill {

    private static final Logger LOG = LoggerFactory.getLogger(ScoreSpill.class);
    private static final Cleaner CLEANER = Cleaner.create();

    /** Whether a class (or array) named as {@link Class#getName()} names it may be part of a score. */
    static boolean isScoreClass(String name) {
        int start = 0;
        while (start < name.length() && name.charAt(start) == '[') {
            start++;
        }
        if (start > 0 && name.length() == start + 1) {
            return "ZBCSIJFD".indexOf(name.charAt(start)) >= 0; // an array of a primitive: [I
        }
        if (start > 0 && (name.length() < start + 3 || name.charAt(start) != 'L' || !name.endsWith(";"))) {
            return false;
        }
        String n = start > 0 ? name.substring(start + 1, name.length() - 1) : name; // [Lx.Y; to x.Y
        return n.startsWith("org.kpiconsolidator.model.") || n.startsWith("org.kpiconsolidator.scoring.")
                || n.equals("org.kpiconsolidator.workbook.CellRef")
                || n.startsWith("java.lang.") && n.indexOf('.', "java.lang.".length()) < 0
                || n.startsWith("java.math.")
                || n.startsWith("java.util.") && n.indexOf('.', "java.util.".length()) < 0;
    }

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

    /** Scores each reading thread has decoded ahead of it: a few forms' worth of heap. */
    private static final int READ_AHEAD = 6;

    /** Each entry's place in the order the outputs read them ({@code -1}: none), and the entries in that order. */
    private int[] ordinalOf;
    private int[] inOrder;
    private final ThreadLocal<ReadAhead> readAhead = new ThreadLocal<>();
    /** Set by the first write that failed: the file is not tried again. */
    private final AtomicBoolean refused = new AtomicBoolean();

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

    /** Closes the file now, as the cleaner would: later writes fail (for tests, a disk that fills up). */
    void close() throws IOException {
        channel.close();
    }

    /**
     * Whether a write has failed (a full disk, most often): the scores from then on stay in memory,
     * and a full disk is not asked again for every form.
     */
    boolean refuses() {
        return refused.get();
    }

    /** Marks the spill as refusing; {@code true} only for the first caller, who says why. */
    boolean refuse() {
        return refused.compareAndSet(false, true);
    }

    /**
     * Appends a score; safe to call from the reading threads.
     *
     * @return the entry to {@link #read(long)} it back with, or {@code -1} when the file cannot take
     *     it (a full disk): then the caller keeps the score, and this and every later write return
     *     {@code -1} at once, the first failure said in one warning
     */
    long write(SubmissionScore score) {
        if (refuses()) {
            return -1;
        }
        try {
            byte[] bytes = encode(score);
            synchronized (this) {
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
            }
        } catch (IOException | RuntimeException e) {
            if (refuse()) {
                LOG.warn("cannot write the scores' temporary file {}: {}; the scores from here on stay in memory "
                        + "(the temporary folder is set with KPI_JAVA_OPTS=-Djava.io.tmpdir=FOLDER, the memory "
                        + "with -Xmx)", file, e.getMessage());
            }
            return -1;
        }
    }

    /**
     * Tells the spill the order the outputs go through the files in (file order), so that each thread
     * reading scores back finds the next ones already decoded by helper threads: decoding takes
     * about as long as writing a form's rows, and the core that read the files is free by then.
     */
    public synchronized void readInOrderOf(List<FileOutcome> outcomes) {
        int[] ordinals = new int[entries];
        int[] order = new int[entries];
        Arrays.fill(ordinals, -1);
        int n = 0;
        for (FileOutcome f : outcomes) {
            if (f.stored().isSpilled() && f.stored().spill() == this) {
                int entry = Math.toIntExact(f.stored().spillEntry());
                if (ordinals[entry] < 0) {
                    ordinals[entry] = n;
                    order[n++] = entry;
                }
            }
        }
        this.ordinalOf = ordinals;
        this.inOrder = Arrays.copyOf(order, n);
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
        int[] ordinals;
        synchronized (this) {
            ordinals = ordinalOf;
        }
        SubmissionScore score;
        if (ordinals != null && index < ordinals.length && ordinals[index] >= 0) {
            ReadAhead ahead = readAhead.get();
            if (ahead == null) {
                ahead = new ReadAhead();
                readAhead.set(ahead);
            }
            score = ahead.take(index, ordinals[index]);
        } else {
            score = decode(index);
        }
        last.set(new Cached(index, score));
        return score;
    }

    private SubmissionScore decode(int index) {
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
            return deserialize(buffer.array());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scores' temporary file " + file, e);
        }
    }

    /**
     * One reading thread's window of scores decoded ahead, in the order of {@link #readInOrderOf}, by
     * helper threads that end when idle a moment. A thread that skips files (an output that needs
     * only some) drops what it passed; one that goes back has started a new pass over the files.
     */
    private final class ReadAhead {

        private final ThreadPoolExecutor decoder = decoder();
        private final Map<Integer, Future<SubmissionScore>> decoding = new HashMap<>();
        private int nextOrdinal;
        private int lastOrdinal;

        /** Decoders on every core, ending when idle for a second. */
        private static ThreadPoolExecutor decoder() {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(r, "kpi-score-read-ahead");
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
            return pool;
        }

        SubmissionScore take(int index, int ordinal) {
            Future<SubmissionScore> ready = decoding.remove(index);
            // Whatever lies before this file was passed over: drop it. Going back means a new pass.
            decoding.entrySet().removeIf(e -> {
                boolean passed = ordinalOf[e.getKey()] < ordinal;
                if (passed) {
                    e.getValue().cancel(false);
                }
                return passed;
            });
            nextOrdinal = ordinal < lastOrdinal ? ordinal + 1 : Math.max(nextOrdinal, ordinal + 1);
            lastOrdinal = ordinal;
            while (nextOrdinal < inOrder.length && nextOrdinal <= ordinal + READ_AHEAD) {
                int next = inOrder[nextOrdinal++];
                decoding.put(next, decoder.submit(() -> decode(next)));
            }
            if (ready == null) {
                return decode(index);
            }
            try {
                return ready.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading a score back", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /**
     * The heap a score holds, estimated from its stored size: held scores took 1.8 times the bytes
     * {@link ScoreCodec} writes for them (measured on the benchmark's forms, findings and file facts
     * included); twice that is the estimate.
     */
    public static long heapEstimate(SubmissionScore score) {
        return 2L * encode(score).length;
    }

    private static byte[] encode(SubmissionScore score) {
        try {
            return ScoreCodec.write(score);
        } catch (ScoreCodec.Unsupported e) {
            // A model change that forgot the codec: ScoreSpillTest writes every part of a score.
            throw new IllegalStateException("a score cannot be stored: " + e.getMessage(), e);
        }
    }

    private static SubmissionScore deserialize(byte[] raw) throws IOException {
        try {
            if (ScoreCodec.read(raw, ScoreSpill::isScoreClass) instanceof SubmissionScore score) {
                return score;
            }
        } catch (RuntimeException damaged) {
            throw new IOException(String.valueOf(damaged.getMessage()), damaged);
        }
        throw new IOException("not a score");
    }
}
