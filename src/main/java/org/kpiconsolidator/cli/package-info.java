/** The command line (picocli): thin commands over the pipeline, with the exit codes of SPEC 5. */
package org.kpiconsolidator.cli;
