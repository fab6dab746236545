package org.podium.results.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.podium.results.ResultsFeedRejected;

/**
 * Reads a results file in the public Paris 2024 format (one file per discipline; columns vary a
 * little by sport). Every line is checked; the first broken one refuses the file with its line.
 */
final class ResultsFeedReader {

    static final List<String> REQUIRED = List.of("stage_code", "discipline_code", "participant_code", "participant_name",
            "participant_type", "participant_country_code", "result");

    private ResultsFeedReader() {
    }

    static List<FeedLine> read(String file, InputStream in) {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            var header = parser.getHeaderNames();
            for (var column : REQUIRED) {
                if (!header.contains(column)) {
                    throw new ResultsFeedRejected(file, 1, "missing column '" + column + "'");
                }
            }
            var lines = new ArrayList<FeedLine>();
            for (var record : parser) {
                var line = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    throw new ResultsFeedRejected(file, line, "expected " + header.size() + " fields, found " + record.size());
                }
                lines.add(line(file, line, record));
            }
            return lines;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ResultsFeedRejected(file, 0, "unreadable CSV: " + e.getMessage());
        } catch (IOException e) {
            throw new ResultsFeedRejected(file, 0, "unreadable: " + e.getMessage());
        }
    }

    private static FeedLine line(String file, long line, CSVRecord r) {
        var unit = r.get("stage_code").strip();
        if (!unit.matches("[A-Z0-9_+\\-]{34}|[A-Z0-9_+\\-]{38}")) {
            throw new ResultsFeedRejected(file, line, "stage_code must have 34 (or 38) characters, not '" + unit + "'");
        }
        var discipline = r.get("discipline_code").strip();
        if (!discipline.matches("[A-Z0-9]{3}")) {
            throw new ResultsFeedRejected(file, line, "discipline_code '" + discipline + "' is not a 3-letter code");
        }
        var competitor = r.get("participant_code").strip();
        if (competitor.isEmpty()) {
            throw new ResultsFeedRejected(file, line, "participant_code is empty");
        }
        var value = optional(r, "result");
        var resultType = optional(r, "result_type");
        if ("TIME".equals(resultType) && value != null && RawValue.parse(value, "TIME").isEmpty()) {
            throw new ResultsFeedRejected(file, line, "result '" + value + "' is not a time (h:mm:ss.ff)");
        }
        return new FeedLine(file, line, unit, discipline, competitor, r.get("participant_name").strip(),
                r.get("participant_type").strip(), r.get("participant_country_code").strip(), rank(file, line, r),
                value, resultType == null ? "" : resultType, optional(r, "result_IRM"), optional(r, "result_WLT"));
    }

    private static @Nullable Integer rank(String file, long line, CSVRecord r) {
        var text = optional(r, "rank");
        if (text == null) {
            return null;
        }
        try {
            var rank = new BigDecimal(text);
            if (rank.signum() <= 0 || rank.stripTrailingZeros().scale() > 0) {
                throw new ResultsFeedRejected(file, line, "rank must be a positive whole number, not '" + text + "'");
            }
            return rank.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ResultsFeedRejected(file, line, "rank '" + text + "' is not a number");
        }
    }

    private static @Nullable String optional(CSVRecord r, String column) {
        if (!r.isMapped(column)) {
            return null;
        }
        var value = r.get(column).strip();
        return value.isEmpty() ? null : value;
    }
}
