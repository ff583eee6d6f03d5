package org.kpiconsolidator.output.workbook;

import java.util.List;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.model.Contact;

/**
 * The contacts sheet: the people responsible for each report, with position and phone. Personal
 * data under Thailand's PDPA: written only when the run is given {@code --include-contacts}.
 */
final class ContactSheet {

    static final String NAME = "ผู้รับผิดชอบ";

    static final int FILE = 0;
    static final int UNIT = 1;
    static final int PERSON = 2;
    static final int POSITION = 3;
    static final int PHONE = 4;

    private ContactSheet() {
    }

    static void write(Book book) {
        Labels l = book.labels();
        List<Column> columns = List.of(
                new Column(l.get("col.file"), Kind.TEXT, 30),
                new Column(l.get("col.unit"), Kind.TEXT, 36),
                new Column(l.get("col.person"), Kind.TEXT, 30),
                new Column(l.get("col.position"), Kind.TEXT, 36),
                new Column(l.get("col.phone"), Kind.TEXT, 24));
        Table table = new Table(book.sheet(NAME), book, columns,
                List.of(new Band(book.title("title.contacts"), FILE, PHONE)));
        for (FileOutcome f : book.run().files()) {
            for (Contact contact : f.contacts()) {
                table.line()
                        .text(FILE, f.file().name())
                        .text(UNIT, f.unit())
                        .text(PERSON, contact.person())
                        .text(POSITION, contact.position())
                        .text(PHONE, contact.phone());
            }
        }
        table.finish(book.title("title.contacts"));
    }
}
