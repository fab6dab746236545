package org.podium.finance.internal.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.podium.finance.internal.FinanceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The FEC (fichier des écritures comptables) of a fiscal year, as article A47 A-1 of the Livre des
 * procédures fiscales lays it out: a header of the 18 field names, then one line per entry line in
 * the order entries were validated, fields separated by {@code |}, dates as AAAAMMJJ, amounts with
 * a decimal comma. Written row by row from a cursor: a year of the Games is millions of lines.
 */
@Service
public class FecExport {

    public static final List<String> COLUMNS = List.of("JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum",
            "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet",
            "DateLet", "ValidDate", "Montantdevise", "Idevise");
    static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;
    private final FinanceProperties books;

    FecExport(JdbcClient jdbc, FinanceProperties books) {
        this.jdbc = jdbc;
        this.books = books;
    }

    /** The name the tax office expects: SIREN, "FEC", closing date. */
    public String fileName(int year) {
        return books.siren() + "FEC" + LocalDate.of(year, 12, 31).format(DATE) + ".txt";
    }

    /** Writes the year's file and answers how many entry lines it holds. */
    @Transactional(readOnly = true)
    public long write(int year, Writer out) {
        try {
            out.write(String.join("|", COLUMNS));
            out.write("\r\n");
            var lines = new long[1];
            jdbc.sql("""
                    select e.journal, j.name as journal_name, e.number, e.entry_date, l.account, a.name_fr, e.piece_ref, e.label,
                           l.debit, l.credit, e.validated_at
                    from finance.entry e join finance.entry_line l on l.entry = e.id
                    join finance.journal j on j.code = e.journal join finance.account a on a.number = l.account
                    where e.entry_date between ? and ? order by e.id, l.position""")
                    .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                    .query(rs -> {
                        try {
                            out.write(line(rs));
                            lines[0]++;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            out.flush();
            return lines[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String line(ResultSet rs) throws SQLException {
        var date = rs.getObject("entry_date", LocalDate.class).format(DATE);
        var validated = rs.getTimestamp("validated_at").toInstant().atZone(PARIS).toLocalDate().format(DATE);
        var journal = rs.getString("journal");
        return String.join("|", journal, text(rs.getString("journal_name")), journal + "-" + rs.getInt("number"), date,
                rs.getString("account"), text(rs.getString("name_fr")), "", "", text(rs.getString("piece_ref")), date,
                text(rs.getString("label")), amount(rs.getBigDecimal("debit")), amount(rs.getBigDecimal("credit")), "", "",
                validated, "", "") + "\r\n";
    }

    /** A field may not hold the separator nor break the line. */
    static String text(String value) {
        return value.replace('|', '/').replace('\r', ' ').replace('\n', ' ').strip();
    }

    static String amount(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
    }
}
