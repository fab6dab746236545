package org.podium.accreditation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The bulk file as a spreadsheet saves it: line numbers as the spreadsheet shows them, columns in any order. */
class BulkFileTests {

    static final String HEADER = "category,family_name,given_name,birth_date,birth_place,nationality,document_number,document_expiry,function\n";

    @Test
    void eachPersonKeepsTheLineItStartsOnEvenAfterBlankLinesAndQuotedLineBreaks() {
        var lines = BulkFile.read(HEADER
                + "Aa,DUPONT,Marie,2001-05-31,Lyon,FRA,12AB34567,2030-01-01,Athlete\n"
                + "\n"
                + "Ao,MARTIN,Luc,1980-02-01,\"Saint-Denis\nSeine-Saint-Denis\",FRA,98ZX76543,2031-01-01,Coach\n"
                + "Aa,LEROY,Inès,2003-07-04,Nice,FRA,55CD11223,2029-12-31,Athlete\n");
        assertThat(lines).extracting(BulkFile.Line::number).containsExactly(2L, 4L, 6L);
        assertThat(lines.get(1).form().birthPlace()).isEqualTo("Saint-Denis\nSeine-Saint-Denis");
        assertThat(lines.get(2).form().givenName()).isEqualTo("Inès");
    }

    @Test
    void semicolonsAndAnyColumnOrderAreRead() {
        var lines = BulkFile.read("function;category;family_name;given_name;birth_date;birth_place;nationality;document_number;document_expiry\n"
                + "Coach;Ao;MARTIN;Luc;1980-02-01;Paris;FRA;98ZX76543;2031-01-01\n");
        assertThat(lines.getFirst().form().function()).isEqualTo("Coach");
        assertThat(lines.getFirst().form().category()).isEqualTo("Ao");
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedAtItsHeader() {
        assertThatThrownBy(() -> BulkFile.read("category,family_name\nAa,DUPONT\n"))
                .isInstanceOfSatisfying(Requests.Refused.class, refused -> {
                    assertThat(refused.refusals).singleElement().satisfies(r -> {
                        assertThat(r.line()).isEqualTo(1);
                        assertThat(r.key()).isEqualTo("accreditation.error.columns");
                        assertThat(r.args().getFirst().toString()).contains("given_name").contains("document_number");
                    });
                });
    }

    @Test
    void aFormNamesEachWrongField() throws Exception {
        var form = new RequestForm("Zz", "DUP0NT", "J3an", "2001-02-30", "Lyon", "fr", "1", "tomorrow", "Athlete");
        var problems = form.check(new Categories(), LocalDate.of(2024, 7, 26));
        assertThat(problems).extracting(RequestForm.Problem::field)
                .containsExactly("category", "familyName", "givenName", "birthDate", "nationality", "documentNumber", "documentExpiry");
        var singleName = new RequestForm("Aa", "SYSSY", "", "2007-09-01", "Paris", "FRA", "12AB34567", "2030-01-01", "Athlete");
        assertThat(singleName.check(new Categories(), LocalDate.of(2024, 7, 26))).as("a person with one name").isEmpty();
        var child = new RequestForm("Aa", "DUPONT", "Léa", "2015-01-01", "Lyon", "FRA", "12AB34567", "2030-01-01", "Athlete");
        assertThat(child.check(new Categories(), LocalDate.of(2024, 7, 26))).extracting(RequestForm.Problem::key)
                .containsExactly("accreditation.error.age");
    }
}
