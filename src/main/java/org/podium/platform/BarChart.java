package org.podium.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * A stacked bar chart drawn on the server as SVG (no script, no CDN, no inline style the
 * Content-Security-Policy would block): bars of one or more series, scaled to the tallest bar.
 * Pages show its data table beside it, from the same figures.
 *
 * @param series the names of the stacked series, bottom first (colours by position: series-0, series-1...)
 */
public record BarChart(List<String> series, List<Bar> bars) {

    /** Height of the drawing in SVG units; a bar is {@value #STEP} wide with its gap. */
    public static final int HEIGHT = 100;
    public static final int STEP = 10;

    /** One bar: its label (a day, a minute) and one value per series. */
    public record Bar(String label, List<Long> values) {

        public long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** One drawn rectangle, with the text a pointer or a screen reader gets. */
    public record Rect(int x, double y, double height, int series, String title) {}

    public long max() {
        return bars.stream().mapToLong(Bar::total).max().orElse(0);
    }

    public int width() {
        return Math.max(1, bars.size()) * STEP;
    }

    public List<Rect> rects() {
        var max = max();
        var rects = new ArrayList<Rect>();
        for (var i = 0; i < bars.size(); i++) {
            var bar = bars.get(i);
            double base = HEIGHT;
            for (var s = 0; s < bar.values().size(); s++) {
                var value = bar.values().get(s);
                if (value == 0 || max == 0) {
                    continue;
                }
                var height = value * (double) HEIGHT / max;
                base -= height;
                rects.add(new Rect(i * STEP, base, height, s, bar.label() + " · " + series.get(s) + ": " + value));
            }
        }
        return rects;
    }
}
