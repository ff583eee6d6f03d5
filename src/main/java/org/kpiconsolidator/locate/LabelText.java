package org.kpiconsolidator.locate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a cell's normalised text at labels, ignoring spaces, so that
 * {@code ชื่อผู้รับผิดชอบการรายงาน : นาง ก ตำแหน่ง : นักวิเคราะห์ หมายเลขโทรศัพท์: 0 2000 0000} gives
 * each label its own value, and {@code หน่วยงาน : สำนักงานเขตบางแค} gives the unit.
 */
public final class LabelText {

    private LabelText() {
    }

    /**
     * The value after each of {@code labels} found in {@code text}: the text up to the next found
     * label, without a leading colon, trimmed. Labels not in the text are absent from the map.
     */
    public static Map<Label, String> split(String text, List<Label> labels) {
        StringBuilder compact = new StringBuilder(text.length());
        int[] toText = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ') {
                toText[compact.length()] = i;
                compact.append(c);
            }
        }
        toText[compact.length()] = text.length();
        String key = compact.toString();
        List<int[]> found = new ArrayList<>(); // {label ordinal, start in key, end in key}
        for (Label label : labels) {
            int bestAt = -1;
            int bestEnd = -1;
            for (String wording : label.keys()) {
                int at = key.indexOf(wording);
                // The earliest wording; at one place, the longest ("ปัญหาและอุปสรรค" over "ปัญหา...").
                if (at >= 0 && (bestAt < 0 || at < bestAt || at == bestAt && at + wording.length() > bestEnd)) {
                    bestAt = at;
                    bestEnd = at + wording.length();
                }
            }
            if (bestAt >= 0) {
                found.add(new int[] {label.ordinal(), bestAt, bestEnd});
            }
        }
        found.sort((a, b) -> Integer.compare(a[1], b[1]));
        Map<Label, String> values = new EnumMap<>(Label.class);
        Label[] all = Label.values();
        for (int i = 0; i < found.size(); i++) {
            int[] f = found.get(i);
            if (i + 1 < found.size() && found.get(i + 1)[1] < f[2]) {
                continue; // overlapping labels: the later, longer one wins
            }
            int from = toText[f[2]];
            int to = i + 1 < found.size() ? toText[found.get(i + 1)[1]] : text.length();
            values.put(all[f[0]], clean(text.substring(from, Math.max(from, to))));
        }
        return values;
    }

    /** The value after one label in {@code text}; empty when the label is absent or has no value. */
    public static String after(String text, Label label) {
        return split(text, List.of(label)).getOrDefault(label, "");
    }

    /**
     * The value after a label and its parenthesised qualifier: for
     * {@code คำชี้แจงผลการปฏิบัติราชการ (กรณีการดำเนินการไม่เป็นไปตามเป้าหมาย) : text}, {@code text}.
     */
    public static String afterQualified(String text, Label label) {
        String v = after(text, label);
        if (v.startsWith("(")) {
            int close = v.indexOf(')');
            if (close > 0) {
                v = clean(v.substring(close + 1));
            }
        }
        return v;
    }

    /** Strips the separator and spaces around a value. */
    public static String clean(String value) {
        String v = value.trim();
        while (v.startsWith(":") || v.startsWith("-") && v.length() == 1) {
            v = v.substring(1).trim();
        }
        return v;
    }
}
