package org.podium.games.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.podium.games.ProgrammeRejected;

/**
 * Reads one programme CSV file into rows, naming the file and line of the first broken row.
 * Every row is checked before anything is written, so a bad file changes nothing.
 */
final class CsvFile {

    private CsvFile() {
    }

    /** A row of a file with its line number (the header is line 1). */
    record Row(String file, long line, CSVRecord record) {

        String get(String column) {
            return record.get(column).trim();
        }

        ProgrammeRejected reject(String reason) {
            return new ProgrammeRejected(file, line, reason);
        }
    }

    static <T> List<T> read(String file, InputStream in, List<String> requiredColumns, Function<Row, T> mapper) {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            var header = parser.getHeaderNames();
            for (var column : requiredColumns) {
                if (!header.contains(column)) {
                    throw new ProgrammeRejected(file, 1, "missing column '" + column + "'");
                }
            }
            var rows = new ArrayList<T>();
            long line = 1;
            for (var record : parser) {
                line = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    throw new ProgrammeRejected(file, line,
                            "expected " + header.size() + " fields, found " + record.size());
                }
                rows.add(mapper.apply(new Row(file, line, record)));
            }
            return rows;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ProgrammeRejected(file, 0, "unreadable CSV: " + e.getMessage());
        } catch (IOException e) {
            throw new ProgrammeRejected(file, 0, "unreadable: " + e.getMessage());
        }
    }
}
