package org.kpiconsolidator.model;

import java.io.Serializable;
import java.util.Map;
import org.kpiconsolidator.model.constraint.Readable;
import org.kpiconsolidator.model.constraint.Within;

/**
 * One indicator's detail table (รายละเอียดการประเมินผลการปฏิบัติราชการ (รายตัวชี้วัด)) and the
 * narrative sections that follow it.
 *
 * @param target เป้าหมาย
 * @param achieved ผลสำเร็จ
 */
public record DetailEntry(
        @Readable @Within(min = "0", max = "5") Sourced<Integer> target,
        @Readable @Within(min = "0", max = "5") Sourced<Integer> achieved,
        String projects,
        String details,
        String note,
        Map<Narrative, Sourced<String>> narratives) implements Serializable {

    public DetailEntry {
        narratives = Map.copyOf(narratives);
    }
}
