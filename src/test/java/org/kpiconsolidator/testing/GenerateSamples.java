package org.kpiconsolidator.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every sample workbook, {@code roster.csv} and {@code agreements.csv} into a folder: the first
 * argument, else {@code samples}.
 */
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
        SampleReference.writeRoster(roster);
        System.out.println("wrote " + roster);
        Path agreements = folder.resolve("agreements.csv");
        SampleReference.writeAgreements(agreements);
        System.out.println("wrote " + agreements);
    }
}
