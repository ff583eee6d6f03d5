package org.kpiconsolidator.testing;

/** FY2564 component and indicator-group titles, as the seed prints them (component 3 from the same scheme). */
final class ComponentTitles {

    static final String FUNCTION_BASE =
            "ประสิทธิภาพในการดำเนินงานภารกิจหลักตามยุทธศาสตร์กรุงเทพมหานคร (Function Base)";
    static final String FUNCTION_BASE_INDICATOR = "ความสำเร็จของการดำเนินงานภารกิจหลักตามยุทธศาสตร์กรุงเทพมหานคร";

    static final String AGENDA_BASE =
            "ประสิทธิภาพของการดำเนินงานภารกิจตามนโยบายผู้บริหารหรือภารกิจพิเศษ (Agenda Base)";
    static final String AGENDA_BASE_INDICATOR = "ความสำเร็จของการดำเนินงานภารกิจตามนโยบายผู้บริหารหรือภารกิจพิเศษ";

    static final String AREA_BASE = "ประสิทธิภาพของการดำเนินงานตามภารกิจในพื้นที่ (Area Base)";
    static final String AREA_BASE_INDICATOR = "ความสำเร็จของการดำเนินงานตามภารกิจในพื้นที่";

    static final String INNOVATION_BASE = "ประสิทธิภาพในการบริหารจัดการและพัฒนานวัตกรรมในการบริหารจัดการระบบงานงบประมาณ"
            + " ทรัพยากรบุคคล และการให้บริการประชาชนหรือหน่วยงานของรัฐ เพื่อนำไปสู่ระบบราชการ 4.0 (Innovation Base)";
    static final String INNOVATION_BASE_INDICATOR = "ความสำเร็จในการเสนอนวัตกรรมเพื่อเพิ่มประสิทธิภาพการปฏิบัติงานของหน่วยงาน";

    static final String POTENTIAL_BASE = "ศักยภาพในการดำเนินการของหน่วยงาน (Potential Base)";
    static final String POTENTIAL_BASE_INDICATOR = "ความสำเร็จในการดำเนินการตามศักยภาพของหน่วยงาน";
    static final String DISBURSEMENT = "5.1 ความสำเร็จของการเบิกจ่ายงบประมาณในภาพรวม";
    static final String DATABASE = "5.2 ร้อยละความสำเร็จในการพัฒนาและจัดเก็บฐานข้อมูลที่มีความสำคัญต่อการปฏิบัติงาน"
            + " หรือการให้บริการ";
    static final String DATABASE_RUBRIC_LABEL =
            "ความสำเร็จในการพัฒนาและจัดเก็บฐานข้อมูลที่มีความสำคัญต่อการปฏิบัติงาน หรือการให้บริการ";

    private ComponentTitles() {
    }
}
