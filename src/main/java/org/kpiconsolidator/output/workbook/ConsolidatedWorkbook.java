package org.kpiconsolidator.output.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.output.AtomicFile;
import org.kpiconsolidator.review.ReviewRound;

/**
 * Writes {@code consolidated.xlsx}, the workbook reviewers open, print and send upward. Sheets, in
 * this order: summary per unit (with a chart of the units whose totals moved most), indicators
 * (stated values with their source cells, recomputed values, mismatches coloured where the
 * findings point), discrepancies (the discrepancy log, each row linked to the row it concerns,
 * with its review mark and waiver), the findings not found again (when compared with an earlier
 * run), narratives, files, rubric used, and the contacts only when the run includes them.
 *
 * <p>Every sheet is streamed, so the size of the batch does not decide the heap; only the summary
 * sheet starts as a regular sheet, because a chart needs one. Text from submissions is always a
 * string cell, never a formula. The file is written under a temporary name and renamed when
 * complete. The same consolidation gives the same cells in the same order.
 */
public final class ConsolidatedWorkbook {

    public static final String FILE_NAME = "consolidated.xlsx";

    /** Rows kept in memory per streamed sheet. */
    private static final int WINDOW = 100;

    private ConsolidatedWorkbook() {
    }

    /**
     * Writes the workbook into {@code settings.outputDir()}, in the run's language, with the
     * contacts sheet only when {@code settings.includeContacts()}.
     *
     * @throws IOException when the file cannot be written; no partial file is left behind
     */
    public static void write(Consolidation c, RunSettings settings) throws IOException {
        write(c, settings, settings.outputDir());
    }

    /** Writes the workbook of a first round into {@code dir}. */
    public static void write(Consolidation c, RunSettings settings, java.nio.file.Path dir) throws IOException {
        write(c, settings, ReviewRound.of(c, Optional.empty()), dir);
    }

    /**
     * Writes the workbook into {@code dir} (a staging folder, when the outputs are replaced as one
     * set), with the review round's marks and counts, and a sheet of the findings not found again
     * when the run was compared with an earlier one.
     */
    public static void write(Consolidation c, RunSettings settings, ReviewRound review, java.nio.file.Path dir)
            throws IOException {
        write(c, settings, review, dir, Template.prepare(settings.language()));
    }

    /**
     * As {@link #write(Consolidation, RunSettings, ReviewRound, java.nio.file.Path)}, in a template
     * made beforehand for the run's language; the template is used up.
     */
    public static void write(Consolidation c, RunSettings settings, ReviewRound review, java.nio.file.Path dir,
            Template t) throws IOException {
        if (t.language != settings.language()) {
            throw new IllegalArgumentException("a template made for another language: " + t.language);
        }
        AtomicFile.write(dir.resolve(FILE_NAME), out -> {
            t.use();
            Labels labels = t.labels;
            List<SummarySheet.Moved> moved = SummarySheet.moved(c);
            SummaryChart.draw(t.summary, labels, moved);
            StreamedWorkbook wb = new StreamedWorkbook(t.workbook, WINDOW);
            try {
                Book book = new Book(c, settings, wb, t.styles, labels, new Notes(Notes.BUDGET), new Places(c), review,
                        new SheetNames());
                for (String name : sheetNames(review.compared(), settings.includeContacts())) {
                    if (wb.getSheet(name) == null) {
                        wb.createSheet(name);
                    }
                }
                SummarySheet.write(book, wb.getSheet(SummarySheet.NAME), moved);
                writeSheets(book);
                book.names().set();
                properties(t.workbook.getProperties(), book);
                wb.setActiveSheet(0);
                wb.write(out);
            } catch (IllegalStateException e) {
                // SXSSF says so when a sheet's rows cannot be flushed to their temporary file.
                if (e.getCause() instanceof IOException io) {
                    throw temporaryFiles(io.getMessage(), io);
                }
                throw e;
            } catch (OpenXML4JRuntimeException e) {
                // SXSSF saves the workbook around the sheets to a temporary file first; POI says
                // that it failed, often without why (a full disk).
                String why = e.getCause() == null ? e.getMessage() : e.getMessage() + ": " + e.getCause().getMessage();
                throw temporaryFiles(why, e);
            } finally {
                wb.dispose();
                wb.close();
            }
        });
    }

    private static IOException temporaryFiles(String why, Exception e) {
        return new IOException("cannot write the workbook's temporary files in the folder "
                + System.getProperty("java.io.tmpdir") + " (java.io.tmpdir): " + why, e);
    }

    /**
     * What the workbook is before the run's results go in: the workbook with its styles and its
     * summary sheet, for one language. Making it takes a noticeable moment (XML Beans' classes and
     * schemas load on first use), so a run makes it while its files are read.
     */
    public static final class Template {
        private final Language language;
        private final Labels labels;
        private final XSSFWorkbook workbook;
        private final Styles styles;
        private final XSSFSheet summary;
        private boolean used;

        private Template(Language language, XSSFWorkbook workbook) {
            this.language = language;
            this.labels = Labels.of(language);
            this.workbook = workbook;
            this.styles = new Styles(workbook);
            this.summary = workbook.createSheet(SummarySheet.NAME);
        }

        /** A template for the workbook in {@code language}. */
        public static Template prepare(Language language) {
            return new Template(language, new XSSFWorkbook());
        }

        /** Takes the template for a workbook: a workbook is written into it only once. */
        private synchronized void use() {
            if (used) {
                throw new IllegalStateException("a template already used");
            }
            used = true;
        }
    }

    /** The sheets, in their order in the workbook. */
    private static List<String> sheetNames(boolean compared, boolean contacts) {
        List<String> names = new ArrayList<>(List.of(SummarySheet.NAME, IndicatorSheet.NAME, DiscrepancySheet.NAME));
        if (compared) {
            names.add(ResolvedSheet.NAME);
        }
        names.addAll(List.of(NarrativeSheet.NAME, FileSheet.NAME, RubricSheet.NAME));
        if (contacts) {
            names.add(ContactSheet.NAME);
        }
        return names;
    }

    /** Writes one sheet of the workbook. */
    private interface SheetWriter {
        void write(Book book) throws IOException;
    }

    /**
     * Writes the sheets after the summary on two threads: the indicators and the rubric here, in
     * that order (the sheets that take cell comments, so the comment budget goes as it always did),
     * and the others in sheet order by whichever thread is free, this one once it is done with
     * those two. Each sheet streams to a file of its own; what they share is read only, or left to
     * be set afterwards in sheet order ({@link SheetNames}), so the file is the same whichever
     * thread writes a sheet.
     */
    private static void writeSheets(Book book) throws IOException {
        Queue<SheetWriter> free = new ConcurrentLinkedQueue<>();
        free.add(DiscrepancySheet::write);
        if (book.review().compared()) {
            free.add(ResolvedSheet::write);
        }
        free.add(NarrativeSheet::write);
        free.add(FileSheet::write);
        if (book.settings().includeContacts()) {
            free.add(ContactSheet::write);
        }
        ExecutorService beside = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kpi-workbook");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> others = beside.submit(() -> {
                writeAll(free, book);
                return null;
            });
            try {
                IndicatorSheet.write(book);
                RubricSheet.write(book);
                writeAll(free, book);
            } catch (Throwable e) {
                others.cancel(true);
                throw e;
            }
            others.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the workbook", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException(e.getCause());
        } finally {
            beside.shutdownNow();
        }
    }

    /**
     * Writes the sheets left in {@code free}, taking each from it as this thread gets to it; stops
     * between sheets when interrupted (the other thread failed).
     */
    private static void writeAll(Queue<SheetWriter> free, Book book) throws IOException {
        for (SheetWriter sheet = free.poll(); sheet != null && !Thread.currentThread().isInterrupted();
                sheet = free.poll()) {
            sheet.write(book);
        }
    }

    private static void properties(POIXMLProperties properties, Book book) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(book.title("document.title"));
        core.setSubjectProperty(book.labels().get("document.subject"));
        core.setCreator("kpi-consolidator");
        core.setKeywords(book.labels().get("document.keywords"));
        if (book.run().fiscalYear() != null) {
            properties.getCustomProperties().addProperty("fiscal_year", book.run().fiscalYear());
        }
        properties.getExtendedProperties().getUnderlyingProperties().setApplication("kpi-consolidator");
    }
}
