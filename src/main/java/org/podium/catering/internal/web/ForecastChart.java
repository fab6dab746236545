package org.podium.catering.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lines over days as SVG points (plan, actual, forecast of one ingredient): a picture for those
 * who look; the page's table says the same for those who read.
 */
public record ForecastChart(List<LocalDate> days, List<Series> series, double max) {

    public static final int WIDTH = 600;
    public static final int HEIGHT = 200;

    /** One line: its name and values per day (null where unknown). */
    public record Series(String name, List<Double> values) {

        public Double at(int index) {
            return values.get(index);
        }
    }

    public static ForecastChart of(List<LocalDate> days, Map<String, Map<LocalDate, Double>> lines) {
        var series = new ArrayList<Series>();
        var max = 1.0;
        for (var entry : lines.entrySet()) {
            var values = new ArrayList<Double>();
            for (var day : days) {
                var value = entry.getValue().get(day);
                values.add(value);
                if (value != null) {
                    max = Math.max(max, value);
                }
            }
            series.add(new Series(entry.getKey(), values));
        }
        return new ForecastChart(List.copyOf(days), series, max);
    }

    /** The SVG points of a series, skipping unknown days. */
    public String points(Series line) {
        var step = days.size() < 2 ? 0 : (double) WIDTH / (days.size() - 1);
        var points = new ArrayList<String>();
        for (var i = 0; i < days.size(); i++) {
            var value = line.at(i);
            if (value != null) {
                points.add(String.format(java.util.Locale.ROOT, "%.1f,%.1f", i * step, HEIGHT - value / max * HEIGHT));
            }
        }
        return points.stream().collect(Collectors.joining(" "));
    }
}
