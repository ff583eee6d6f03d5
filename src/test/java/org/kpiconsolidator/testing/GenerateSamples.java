package org.kpiconsolidator.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes every sample workbook and {@code roster.csv} into a folder: the first argument, else {@code samples}. */
public final class GenerateSamples {

    private GenerateSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "samples");
        Files.createDirectories(folder);
        for (SampleForms.Sample sample : SampleForms.all()) {
            System.out.println("wrote " + sample.render(folder));
        }
        Path roster = folder.resolve("roster.csv");
        SampleForms.writeRoster(roster);
        System.out.println("wrote " + roster);
    }
}
