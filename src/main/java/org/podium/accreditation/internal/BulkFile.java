package org.podium.accreditation.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;

/**
 * A bulk request file: CSV (comma or semicolon), one header line naming the columns, then one
 * person a line. Column order is free; every column is required. Line numbers count from the
 * header (line 1), as a spreadsheet shows them.
 */
final class BulkFile {

    static final List<String> COLUMNS = List.of("category", "family_name", "given_name", "birth_date", "birth_place", "nationality",
            "document_number", "document_expiry", "function");

    /** A person's form and the line of the file it starts on. */
    record Line(long number, RequestForm form) {
    }

    /** The forms of the file with their lines (blank lines skipped); or the reason the file as a whole is unreadable. */
    static List<Line> read(String raw) {
        var content = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        var firstLine = content.lines().findFirst().orElse("");
        var delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        var lineStarts = new ArrayList<Long>();
        lineStarts.add(0L);
        for (var i = 0; i < content.length(); i++) {
            if (content.charAt(i) == '\n') {
                lineStarts.add(i + 1L);
            }
        }
        try (var parser = format.parse(new StringReader(content))) {
            var header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
            var missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new Requests.Refused(List.of(new Requests.Refusal(1, "header", "accreditation.error.columns",
                        List.of(String.join(", ", missing)))));
            }
            var forms = new ArrayList<Line>();
            for (var record : parser) {
                // The line a record starts on, from its position: exact even after a quoted field spanning lines.
                // (The parser's position is where it began reading: before the blank lines it skipped.)
                var start = (int) record.getCharacterPosition();
                while (start < content.length() && (content.charAt(start) == '\n' || content.charAt(start) == '\r')) {
                    start++;
                }
                var found = java.util.Collections.binarySearch(lineStarts, (long) start);
                var line = (found >= 0 ? found : -found - 2) + 1L;
                java.util.function.Function<String, String> value = column -> {
                    var index = header.indexOf(column);
                    return index < record.size() ? record.get(index) : null;
                };
                forms.add(new Line(line, new RequestForm(value.apply("category"), value.apply("family_name"), value.apply("given_name"),
                        value.apply("birth_date"), value.apply("birth_place"), value.apply("nationality"), value.apply("document_number"),
                        value.apply("document_expiry"), value.apply("function"))));
            }
            return forms;
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new Requests.Refused(List.of(new Requests.Refusal(1, "file", "accreditation.error.file", List.of(String.valueOf(e.getMessage())))));
        }
    }
}
