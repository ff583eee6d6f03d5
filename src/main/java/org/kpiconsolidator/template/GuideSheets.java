package org.kpiconsolidator.template;

import java.util.List;
import org.kpiconsolidator.template.BlockSheetWriter.Totals;

/**
 * The two sheets before the form: instructions in Thai, and the unit's totals computed from the
 * block sheets. Neither holds an {@code องค์ประกอบที่ N} label at the start of a cell, so the reader
 * never takes them for form blocks.
 */
final class GuideSheets {

    static final String INSTRUCTIONS = "คำแนะนำ";
    static final String TOTALS = "สรุปคะแนน";

    private GuideSheets() {
    }

    static void instructions(SheetCursor out, TemplateContent content, Formulas formulas, String version) {
        TemplateStyles s = out.styles();
        out.line("คำแนะนำการกรอกแบบฟอร์มรายงานผลการปฏิบัติราชการตามคำรับรองการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. "
                + content.fiscalYear(), s.title);
        if (content.agreed() && !content.unitName().isEmpty()) {
            // A unit without agreed indicators of its own gets the blank rows of components 1-3.
            boolean blankRows = content.blocks().stream().flatMap(b -> b.indicators().stream())
                    .anyMatch(i -> i.number().isEmpty() && i.name().isEmpty());
            out.line("แบบฟอร์มของ " + content.unitName() + " กรอกตัวชี้วัด น้ำหนัก เกณฑ์การให้คะแนน และค่าเป้าหมาย"
                    + "ตามคำรับรองไว้แล้ว หน่วยงานกรอกเฉพาะผลการดำเนินงาน ผู้รับผิดชอบ และคำชี้แจง"
                    + (blankRows ? " ยกเว้นแถวที่ว่างอยู่ ซึ่งหน่วยงานกรอกตัวชี้วัดของตนเองตามข้อ 8" : ""), s.line);
        }
        out.blank();
        int r = out.newRow();
        out.text(r, 0, "ช่องที่หน่วยงานกรอก", s.input);
        out.text(r, 1, "ช่องสีเหลือง: กรอกหรือเลือกจากรายการ", s.line);
        out.merge(r, 1, SheetCursor.LINE_COLUMNS - 1, s.line);
        r = out.newRow();
        out.text(r, 0, "ช่องที่คำนวณให้", s.formula);
        out.text(r, 1, "ช่องสีเขียว: คำนวณด้วยสูตร ห้ามพิมพ์ทับ", s.line);
        out.merge(r, 1, SheetCursor.LINE_COLUMNS - 1, s.line);
        out.blank();
        String points = formulas.points(1) + ", " + formulas.points(2) + ", " + formulas.points(3) + ", "
                + formulas.points(4) + " และ " + formulas.points(5);
        List<String> steps = List.of(
                "1. แผ่นงานถัดจากแผ่นงานนี้คือ \"" + GuideSheets.TOTALS + "\" (คะแนนรวมของหน่วยงาน คำนวณให้อัตโนมัติ)"
                        + " แล้วเป็นแบบฟอร์มรายงานแผ่นงานละหนึ่งส่วน ตามลำดับองค์ประกอบ",
                "2. กรอกชื่อหน่วยงาน ผู้รับผิดชอบการรายงาน ตำแหน่ง และหมายเลขโทรศัพท์ในช่องสีเหลืองของแต่ละแผ่นงาน",
                "3. ผลการดำเนินการ: ตัวชี้วัดที่มีรายการให้เลือก ให้เลือกระดับที่ดำเนินการได้ (ระดับ 1 ถึงระดับ 5"
                        + " หรือ ต่ำกว่าระดับ 1) ตัวชี้วัดอื่นให้กรอกค่าที่วัดได้เป็นตัวเลข เช่น 92.5"
                        + " โดยไม่ต้องพิมพ์คำว่า ร้อยละ หรือเครื่องหมาย %",
                "4. คะแนนที่ได้ ค่าคะแนนถ่วงน้ำหนัก คะแนนรวมขององค์ประกอบ และระดับในตารางสรุปและตารางรายละเอียด"
                        + " คำนวณให้ด้วยสูตร: ระดับ 1 ถึงระดับ 5 ได้ " + points + " คะแนน"
                        + " ผลต่ำกว่าค่าเป้าหมายระดับ 1 ได้คะแนนเท่ากับระดับ 1 ผลเกินระดับ 5 ได้คะแนนเท่ากับระดับ 5",
                "5. เกณฑ์ที่มีบรรทัด \"ช่วงการปรับเกณฑ์การให้คะแนน\" คำนวณคะแนนตามสัดส่วนระหว่างสองระดับ"
                        + " เช่น เกณฑ์ 80, 85, 90, 95, 100 ผลการดำเนินงาน 92 ได้ 84 คะแนน",
                "6. ค่าคะแนนถ่วงน้ำหนัก = น้ำหนัก × คะแนนที่ได้ ÷ 100 และผลรวมน้ำหนักของทุกตัวชี้วัดต้องเท่ากับ 100",
                "7. ตัวชี้วัดที่ผลต่ำกว่าเป้าหมาย ต้องเขียนคำชี้แจงผลการปฏิบัติราชการ"
                        + " (กรณีการดำเนินการไม่เป็นไปตามเป้าหมาย) ของตัวชี้วัดนั้น",
                "8. แบบฟอร์มเปล่า: พิมพ์ชื่อตัวชี้วัดในตารางเกณฑ์การให้คะแนนโดยขึ้นต้นด้วยเลขที่ตัวชี้วัดและจุด"
                        + " เช่น 1. ระดับความสำเร็จของ... แล้วกรอกเกณฑ์ น้ำหนัก และเป้าหมาย แถวที่ไม่ใช้ให้เว้นว่างไว้ทั้งแถว",
                "9. ห้ามพิมพ์ทับช่องสูตร ห้ามแทรกหรือลบแถว แผ่นงานถูกป้องกันไว้โดยไม่มีรหัสผ่าน"
                        + " ถ้าจำเป็นต้องแก้ไข ให้เลือก รีวิว > ยกเลิกการป้องกันแผ่นงาน",
                "10. ตรวจสอบแบบฟอร์มก่อนส่ง: java -jar kpi-consolidator.jar check ชื่อไฟล์.xlsx"
                        + " (บอกช่องที่ผิด สิ่งที่ผิด และวิธีแก้)",
                "รุ่นของแม่แบบ: " + version);
        for (String step : steps) {
            out.line(step, s.line);
            out.height(out.row() - 1, 33f);
        }
        out.protect();
    }

    /** One row per block (its weight and weighted subtotal), then the unit's total. */
    static void totals(SheetCursor out, TemplateContent content, List<Totals> blocks, String unitCell,
            Formulas formulas) {
        TemplateStyles s = out.styles();
        out.line("สรุปคะแนนผลการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. " + content.fiscalYear()
                + " (คำนวณจากแผ่นงานแบบฟอร์มโดยอัตโนมัติ)", s.title);
        int r = out.newRow();
        out.text(r, 0, "หน่วยงาน", s.heading);
        out.formula(r, 1, formulas.copyText(unitCell), s.formula);
        out.merge(r, 1, SheetCursor.LINE_COLUMNS - 1, s.formula);
        out.blank();
        out.header(List.of("ส่วนของแบบฟอร์ม", "น้ำหนัก (ร้อยละ)", "คะแนนถ่วงน้ำหนัก"));
        int first = out.row();
        for (Totals block : blocks) {
            r = out.newRow();
            out.text(r, 0, "คะแนน" + block.sheet(), s.label);
            out.formula(r, 1, formulas.copyNumber(block.weight()), s.formula);
            out.formula(r, 2, formulas.copyNumber(block.weighted()), s.formulaScore);
        }
        int last = out.row() - 1;
        r = out.newRow();
        out.text(r, 0, "คะแนนรวมของหน่วยงาน", s.header);
        out.formula(r, 1, formulas.sum(SheetCursor.ref(first, 1) + ":" + SheetCursor.ref(last, 1)), s.formula);
        out.formula(r, 2, formulas.sum(SheetCursor.ref(first, 2) + ":" + SheetCursor.ref(last, 2)), s.formulaScore);
        out.blank();
        out.line("ผลรวมน้ำหนักของทุกส่วนต้องเท่ากับ 100", s.line);
        out.protect();
    }
}
