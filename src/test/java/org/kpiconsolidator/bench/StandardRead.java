package org.kpiconsolidator.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.kpiconsolidator.workbook.SheetGrid;
import org.kpiconsolidator.workbook.WorkbookGrid;
import org.kpiconsolidator.workbook.WorkbookReader;
import org.kpiconsolidator.workbook.WorkbookReaders;

/**
 * The product's reading alone, run in its own JVM by {@link Bench}: the standard reader (streamed
 * .xlsx, POI for .xls) turns every workbook of a folder into its grid, formulas evaluated, on
 * {@code threads} threads, so the read can be set beside the naive read and the whole run.
 *
 * <p>Arguments: {@code <folder> <threads>}.
 */
public final class StandardRead {

    private StandardRead() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        List<Path> files;
        try (Stream<Path> all = Files.walk(folder)) {
            files = all.filter(f -> f.toString().endsWith(".xlsx") || f.toString().endsWith(".xls")).sorted().toList();
        }
        WorkbookReader reader = WorkbookReaders.standard();
        AtomicLong cells = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (Path f : files) {
            done.add(pool.submit(() -> {
                WorkbookGrid grid = reader.read(f);
                cells.addAndGet(grid.sheets().stream().mapToLong(SheetGrid::cellCount).sum());
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        System.out.println("read " + files.size() + " files, " + cells.get() + " non-empty cells");
    }
}
