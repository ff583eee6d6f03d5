package org.kpiconsolidator.testing;

/**
 * One entry of {@code รายละเอียดการประเมินผลการปฏิบัติราชการ (รายตัวชี้วัด)}: a table of a header and one row
 * ({@code ตัวชี้วัด | เป้าหมาย | ผลสำเร็จ | โครงการ/กิจกรรมที่สนับสนุน | รายละเอียดผลการดำเนินงาน | หมายเหตุ}), then
 * four narrative sections. A {@code null} narrative prints its label with nothing under it.
 */
public record DetailSpec(Object indicator, Object target, Object achieved, Object projects, Object details,
        Object note, String supportingFactors, String problems, String evidence, String explanation) {

    /** The table row only; narratives empty. */
    public static DetailSpec of(Object indicator, Object target, Object achieved, Object projects, Object details) {
        return new DetailSpec(indicator, target, achieved, projects, details, null, null, null, null, null);
    }

    public DetailSpec withNarratives(String newSupportingFactors, String newProblems, String newEvidence,
            String newExplanation) {
        return new DetailSpec(indicator, target, achieved, projects, details, note, newSupportingFactors,
                newProblems, newEvidence, newExplanation);
    }

    public DetailSpec withTarget(Object value) {
        return new DetailSpec(indicator, value, achieved, projects, details, note, supportingFactors, problems,
                evidence, explanation);
    }

    public DetailSpec withAchieved(Object value) {
        return new DetailSpec(indicator, target, value, projects, details, note, supportingFactors, problems,
                evidence, explanation);
    }

    public DetailSpec withNote(Object value) {
        return new DetailSpec(indicator, target, achieved, projects, details, value, supportingFactors, problems,
                evidence, explanation);
    }

    public DetailSpec withExplanation(String value) {
        return new DetailSpec(indicator, target, achieved, projects, details, note, supportingFactors, problems,
                evidence, value);
    }
}
