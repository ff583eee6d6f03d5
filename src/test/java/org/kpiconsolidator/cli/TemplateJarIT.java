package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
