package org.kpiconsolidator.pipeline;

import org.kpiconsolidator.consolidate.FileOutcome;

/**
 * Told how a batch goes: how many files it has once they are listed, then each file as it is done,
 * from the worker threads, in any order. Implementations must be thread-safe and quick.
 */
public interface BatchProgress {

    /** The batch's files are listed: {@code files} of them (skipped ones included) are to come. */
    void started(int files);

    /** One file is done. */
    void fileDone(FileOutcome outcome);
}
