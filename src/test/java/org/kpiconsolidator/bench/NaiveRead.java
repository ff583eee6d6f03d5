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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The naive baseline, run in its own JVM by {@link Bench}: POI's usermodel opens every workbook of
 * a folder ({@code WorkbookFactory.create}, read-only) and reads every cell of every sheet as text,
 * on {@code threads} threads. Prints the number of files and cells read.
 *
 * <p>Arguments: {@code <folder> <threads>}.
 */
public final class NaiveRead {

    private NaiveRead() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        List<Path> files;
        try (Stream<Path> all = Files.walk(folder)) {
            files = all.filter(f -> f.toString().endsWith(".xlsx") || f.toString().endsWith(".xls")).sorted().toList();
        }
        AtomicLong cells = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (Path f : files) {
            done.add(pool.submit(() -> {
                DataFormatter text = new DataFormatter();
                try (Workbook wb = WorkbookFactory.create(f.toFile(), null, true)) {
                    long n = 0;
                    for (Sheet sheet : wb) {
                        for (Row row : sheet) {
                            for (Cell cell : row) {
                                if (!text.formatCellValue(cell).isEmpty()) {
                                    n++;
                                }
                            }
                        }
                    }
                    cells.addAndGet(n);
                }
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
