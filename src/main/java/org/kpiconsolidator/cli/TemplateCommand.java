package org.kpiconsolidator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kpiconsolidator.reference.ReferenceData;
import org.kpiconsolidator.reference.ReferenceFileException;
import org.kpiconsolidator.template.AgreedForms;
import org.kpiconsolidator.template.AgreementConflictException;
import org.kpiconsolidator.template.StandardForm;
import org.kpiconsolidator.template.TemplateContent;
import org.kpiconsolidator.template.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code template}: writes the blank report form, or with {@code --roster} and {@code --agreements}
 * one form per roster unit with what it agreed already filled in and locked.
 */
@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = KpiCommand.Version.class,
        description = {"Writes the blank report form: protected sheets, yellow input cells with",
                "dropdowns, and formulas that compute every score, subtotal and total as the",
                "consolidator does. With --roster and --agreements, writes one form per roster",
                "unit instead (<unit_id>-<unit name>-<year>.xlsx) with its indicators, weights,",
                "thresholds, targets and group filled in and locked: the unit types only results",
                "and narratives. --policy writes the formulas by the year's scoring policy file."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar kpi-consolidator.jar template --out templates",
                "  java -jar kpi-consolidator.jar template --out forms \\",
                "       --roster samples/roster.csv --agreements samples/agreements.csv",
                "  java -jar kpi-consolidator.jar template --out templates-2565 --year 2565 --policy policy-2565.txt",
                "",
                "Exit status: 0 written; 2 usage error (a malformed roster, agreements or policy file,",
                "or agreements a form cannot hold: the message names the file and line);",
                "3 a file could not be written."})
public final class TemplateCommand implements Callable<Integer> {

    /** The fiscal year whose rules the built-in scoring policy holds: the default --year. */
    private static final int FISCAL_YEAR = 2564;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "templates",
            description = "Folder for the forms (created if missing). Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--year", paramLabel = "YEAR", defaultValue = "" + FISCAL_YEAR,
            description = "Fiscal year printed on the forms, Buddhist Era. Default: ${DEFAULT-VALUE}.")
    int year;

    @Option(names = "--roster", paramLabel = "FILE",
            description = "roster.csv (unit_id,unit_name,aliases,group): one form per unit; needs --agreements.")
    Path roster;

    @Option(names = "--agreements", paramLabel = "FILE",
            description = "agreements.csv: each unit's agreed indicators, filled in on its form; needs --roster.")
    Path agreements;

    @Mixin
    PolicyOption policy = new PolicyOption();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        TemplateWriter writer = new TemplateWriter(policy.policy());
        List<TemplateContent> forms = forms(err);
        if (year != FISCAL_YEAR && policy.given() == null) {
            err.println("kpi-consolidator: note: the forms' formulas score by FY" + FISCAL_YEAR
                    + "'s policy; if " + year + "'s points or rules differ, give them with --policy FILE");
        }
        List<Path> written = new ArrayList<>();
        for (TemplateContent form : forms) {
            try {
                written.add(writer.write(form, out));
            } catch (IOException | SecurityException e) {
                err.println("kpi-consolidator: cannot write " + form.fileName() + " to " + out + ": " + e.getMessage()
                        + (written.isEmpty() ? "" : " (" + written.size() + " of " + forms.size() + " forms written)"));
                return ExitCodes.FAILED;
            }
        }
        boolean renamed = false;
        for (int i = 0; i < written.size(); i++) {
            renamed |= !written.get(i).getFileName().toString().equals(forms.get(i).fileName());
        }
        if (renamed) {
            err.println("kpi-consolidator: note: this system's file names cannot spell Thai, so the forms are named"
                    + " by unit id only; run under a UTF-8 locale (LANG=C.UTF-8) for names with the unit's name");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        written.forEach(stdout::println);
        if (roster != null) {
            stdout.printf("%d forms -> %s%n", written.size(), out);
        }
        return ExitCodes.OK;
    }

    /** What to write: every unit's form is planned before any is written, so a bad row writes none. */
    private List<TemplateContent> forms(PrintWriter err) {
        if (year < 2400 || year > 2700) {
            throw new UsageException("--year is a Buddhist Era year such as " + FISCAL_YEAR + ", not " + year);
        }
        if (roster == null && agreements == null) {
            return List.of(StandardForm.blank(year));
        }
        if (roster == null || agreements == null) {
            throw new UsageException((roster == null ? "--agreements needs --roster" : "--roster needs --agreements")
                    + ": each unit's form is written from both (the roster's units and groups, the agreed indicators)");
        }
        try {
            ReferenceData reference = ReferenceData.read(Optional.of(roster), Optional.of(agreements));
            AgreedForms.Plan plan = AgreedForms.plan(reference.roster().orElseThrow(), roster,
                    reference.agreements().orElseThrow(), agreements, year);
            if (plan.forms().isEmpty()) {
                throw new UsageException(roster + " lists no unit; nothing to write");
            }
            reference.notes().forEach(note -> err.println("kpi-consolidator: note: " + note));
            plan.notes().forEach(note -> err.println("kpi-consolidator: note: " + note));
            return plan.forms();
        } catch (ReferenceFileException | AgreementConflictException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
