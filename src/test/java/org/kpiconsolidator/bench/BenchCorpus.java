package org.kpiconsolidator.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.kpiconsolidator.template.TemplateSamples;
import org.kpiconsolidator.testing.Drifts;
import org.kpiconsolidator.testing.Drifts.Drift;
import org.kpiconsolidator.testing.ExtraForms;
import org.kpiconsolidator.testing.SampleForms;

/**
 * A folder of N realistic report forms for the benchmark: one in three made from the template and
 * filled in (formulas in every score cell), the others every sample form in every layout drift of
 * SPEC 2.5 (merged cells, two-row headers, formulas, percent formats, hidden sheets, Thai digits,
 * blocks spread over sheets...), one in 20 of those as a legacy .xls; one unit per file so the batch
 * has no duplicates, in sub-folders of 100 as offices collect them.
 *
 * <p>Rendering a form with POI takes tens of milliseconds, so each (sample, drift) is rendered once
 * as .xlsx with a placeholder in its unit name, and each file is that template with the placeholder
 * replaced in its XML; the .xls files are rendered one by one. A finished folder is reused by later
 * runs with the same N.
 */
final class BenchCorpus {

    /** Six letters in every unit name, replaced by a code unique to the file. */
    private static final String PLACEHOLDER = "QQQQQQ";
    private static final int XLS_EVERY = 20;
    private static final String VERSION = "2";

    private BenchCorpus() {
    }

    /** A sample in a drift, or (both {@code null}) the filled-in template. */
    private record Template(SampleForms.Sample sample, Drift drift) {
        static final Template FROM_TEMPLATE = new Template(null, null);

        String slug() {
            if (sample == null) {
                return "template-made";
            }
            return sample.fileName().replaceAll("\\.xlsx?$", "") + "-" + drift.name().replaceAll("[^A-Za-z0-9]+", "-");
        }
    }

    /**
     * The shape of the forms. {@code OURS}: our samples and template as they are (about 470
     * non-empty cells a form). {@code ANCHOR}: the same forms with an activity log sheet of 2,000
     * cells more (three text columns, seven number columns), the size of the anchor forms
     * (about 2,460 cells, 35 KB), written as Excel writes text (shared strings).
     */
    enum Layout {
        OURS("forms-"), ANCHOR("anchor-forms-");

        static final int LOG_ROWS = 200;
        static final int LOG_COLUMNS = 10;
        private static final String[] WORDS = {"โครงการ", "ผลการดำเนินงาน", "ร้อยละ", "ตัวชี้วัด", "หน่วยงาน",
            "งบประมาณ", "เป้าหมาย", "ไตรมาส", "กิจกรรม", "ประชาชน"};

        private final String folderPrefix;

        Layout(String folderPrefix) {
            this.folderPrefix = folderPrefix;
        }

        /** Adds the activity log sheet to a rendered form (ANCHOR), in place. */
        void shape(Path form) throws IOException {
            if (this == OURS) {
                return;
            }
            Random random = new Random(form.getFileName().toString().hashCode());
            try (Workbook wb = WorkbookFactory.create(Files.newInputStream(form))) {
                Sheet log = wb.createSheet("บันทึกกิจกรรม");
                for (int r = 0; r < LOG_ROWS; r++) {
                    Row row = log.createRow(r);
                    for (int c = 0; c < LOG_COLUMNS; c++) {
                        if (c < 3) {
                            row.createCell(c).setCellValue(WORDS[random.nextInt(WORDS.length)] + " "
                                    + WORDS[random.nextInt(WORDS.length)] + " " + (r + 1));
                        } else {
                            row.createCell(c).setCellValue(random.nextInt(1_000_000) / 100.0);
                        }
                    }
                }
                Path shaped = form.resolveSibling(form.getFileName() + ".shaped");
                try (OutputStream out = Files.newOutputStream(shaped)) {
                    wb.write(out);
                }
                Files.move(shaped, form, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The folder of {@code n} forms under {@code root}, generated unless a complete one is there. */
    static Path forms(Path root, int n, int threads) throws Exception {
        return forms(root, n, threads, Layout.OURS);
    }

    /** The folder of {@code n} forms of a layout under {@code root}, generated unless a complete one is there. */
    static Path forms(Path root, int n, int threads, Layout layout) throws Exception {
        Path dir = root.resolve(layout.folderPrefix + n);
        Path done = dir.resolve(".complete-v" + VERSION);
        if (Files.exists(done)) {
            return dir;
        }
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        List<Template> templates = templates();
        Path templateDir = Files.createDirectories(root.resolve("templates-v" + VERSION));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Map<String, byte[]>>> rendered = new ArrayList<>();
            for (Template t : templates) {
                rendered.add(pool.submit(() -> unzip(render(t, templateDir, ".xlsx", PLACEHOLDER, layout))));
            }
            List<Map<String, byte[]>> parts = new ArrayList<>();
            for (Future<Map<String, byte[]>> f : rendered) {
                parts.add(f.get());
            }
            Map<String, byte[]> templateMade = unzip(render(Template.FROM_TEMPLATE, templateDir, ".xlsx", PLACEHOLDER,
                    layout));
            List<Future<?>> written = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                // A stride through the templates, so neighbouring files differ in sample and drift.
                int t = (int) ((index * 37L) % templates.size());
                Path folder = dir.resolve(String.format("batch-%03d", index / 100));
                written.add(pool.submit(() -> {
                    Files.createDirectories(folder);
                    String code = code(index);
                    if (index % 3 == 0) {
                        zip(templateMade, code, folder.resolve(String.format("form-%05d-template-made.xlsx", index)));
                        return null;
                    }
                    String name = String.format("form-%05d-%s", index, templates.get(t).slug());
                    if (index % XLS_EVERY == XLS_EVERY - 1) {
                        Path xls = render(templates.get(t), folder, ".xls", code, layout);
                        Files.move(xls, folder.resolve(name + ".xls"));
                    } else {
                        zip(parts.get(t), code, folder.resolve(name + ".xlsx"));
                    }
                    return null;
                }));
            }
            for (Future<?> f : written) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Files.writeString(done, n + " forms\n");
        return dir;
    }

    private static List<Template> templates() {
        List<SampleForms.Sample> samples = new ArrayList<>(SampleForms.all());
        samples.add(ExtraForms.financeDepartment());
        List<Drift> drifts = new ArrayList<>(Drifts.each());
        drifts.add(Drifts.combined());
        List<Template> templates = new ArrayList<>();
        for (SampleForms.Sample s : samples) {
            for (Drift d : drifts) {
                templates.add(new Template(s, d));
            }
        }
        return templates;
    }

    /** Renders a template for one unit (its name ending in {@code code}) into {@code folder}, in a layout. */
    private static Path render(Template t, Path folder, String extension, String code, Layout layout)
            throws IOException {
        Path form = render(t, folder, extension, code);
        layout.shape(form);
        return form;
    }

    private static Path render(Template t, Path folder, String extension, String code) throws IOException {
        if (t == Template.FROM_TEMPLATE) {
            return TemplateSamples.filled(folder, "สำนักงานเขตบางแค " + code, t.slug() + "-" + code + extension);
        }
        SampleForms.Sample unit = new SampleForms.Sample(t.sample().fileName(),
                t.sample().form().withUnitName(t.sample().form().unitName() + " " + code), t.sample().layout());
        Path sub = Files.createDirectories(folder.resolve("render-" + code + "-" + Thread.currentThread().getId()));
        Path file = Drifts.render(unit, t.drift(), sub, extension);
        Path out = folder.resolve(t.slug() + "-" + code + extension);
        Files.move(file, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(sub);
        return out;
    }

    /** A file's unit code: six letters, unique per index. */
    static String code(int index) {
        char[] c = new char[PLACEHOLDER.length()];
        int v = index;
        for (int i = c.length - 1; i >= 0; i--) {
            c[i] = (char) ('A' + v % 26);
            v /= 26;
        }
        return new String(c);
    }

    private static Map<String, byte[]> unzip(Path file) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        Files.delete(file);
        return parts;
    }

    private static void zip(Map<String, byte[]> parts, String code, Path out) {
        try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                byte[] bytes = p.getValue();
                if (p.getKey().endsWith(".xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    if (xml.contains(PLACEHOLDER)) {
                        bytes = xml.replace(PLACEHOLDER, code).getBytes(StandardCharsets.UTF_8);
                    }
                }
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(bytes);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sizes for the report: files, .xls among them, mean bytes. */
    record Shape(int files, int xls, long meanBytes) {
    }

    static Shape shape(Path dir) throws IOException {
        int files = 0;
        int xls = 0;
        long bytes = 0;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
                    files++;
                    bytes += Files.size(p);
                    if (name.endsWith(".xls")) {
                        xls++;
                    }
                }
            }
        }
        return new Shape(files, xls, files == 0 ? 0 : bytes / files);
    }
}
