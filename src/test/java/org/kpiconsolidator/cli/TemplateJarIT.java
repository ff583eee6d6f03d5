package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar writes the template and checks a form, as a unit runs it. */
class TemplateJarIT {

    @TempDir
    Path dir;

    @Test
    void writesTheTemplateAndChecksItAsAnUnfilledForm() throws Exception {
        Result template = run("template", "--out", dir.toString());
        assertThat(template.exit).as(template.console).isZero();
        Path form = dir.resolve("report-form-2564.xlsx");
        assertThat(form).isRegularFile();

        Result check = run("check", form.toString(), "--annotate", dir.resolve("checked.xlsx").toString());

        assertThat(check.exit).as(check.console).isEqualTo(ExitCodes.FINDINGS);
        assertThat(check.console).contains("MISSING_FIELD", "องค์ประกอบที่ 1!B5").doesNotContain("Exception", "\tat ");
        assertThat(dir.resolve("checked.xlsx")).isRegularFile();
    }

    @Test
    void writesOneFormPerRosterUnitFromTheSampleReferenceData() throws Exception {
        Path samples = Path.of(System.getProperty("kpi.samples", "samples"));
        Path forms = dir.resolve("forms");

        Result template = run("template", "--roster", samples.resolve("roster.csv").toString(), "--agreements",
                samples.resolve("agreements.csv").toString(), "--out", forms.toString());

        assertThat(template.exit).as(template.console).isZero();
        assertThat(template.console).contains("7 forms -> " + forms).doesNotContain("Exception", "\tat ");
        assertThat(forms.resolve("50400000-สำนักงานเขตบางแค-2564.xlsx")).isRegularFile();
        try (Stream<Path> files = Files.list(forms)) {
            assertThat(files).hasSize(7);
        }
    }

    /** A JVM started on the C locale cannot spell Thai file names: the forms are named by unit id. */
    @Test
    void namesTheFormsByUnitIdWhereFileNamesCannotSpellThai() throws Exception {
        Path samples = Path.of(System.getProperty("kpi.samples", "samples"));
        Path forms = dir.resolve("c-locale");

        Result template = run(List.of(), Map.of("LANG", "C", "LC_ALL", "C"), "template", "--roster",
                samples.resolve("roster.csv").toString(), "--agreements", samples.resolve("agreements.csv").toString(),
                "--out", forms.toString());

        assertThat(template.exit).as(template.console).isZero();
        try (Stream<Path> files = Files.list(forms)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("50400000-2564.xlsx").hasSize(7);
        }
    }

    @Test
    void printsThaiOnAConsoleWhoseLocaleHasNoThai() throws Exception {
        Result check = run(List.of(), Map.of("LANG", "C", "LC_ALL", "C"), "check", "samples/bang-khae-district.xlsx");

        assertThat(check.exit).as(check.console).isZero();
        assertThat(check.console).contains("หน่วยงาน: สำนักงานเขตบางแค", "ไม่พบข้อผิดพลาด").doesNotContain("????");
    }

    private record Result(int exit, String console) {
    }

    private Result run(String... args) throws Exception {
        return run(List.of("-Dfile.encoding=UTF-8"), Map.of(), args);
    }

    private Result run(List<String> jvmOptions, Map<String, String> environment, String... args) throws Exception {
        Path jar = Path.of(System.getProperty("kpi.jar", "target/kpi-consolidator.jar"));
        Path log = Files.createTempFile(dir, "console", ".log");
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process p = builder.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("jar finished").isTrue();
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
