package org.sipar.platform.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.sipar.platform.Audit;

/**
 * A bar chart laid out for inline SVG, computed on the server so the page needs no script to draw it.
 *
 * @param bars the bars, left to right
 * @param max the largest total, which fills the full height
 */
public record Chart(List<Bar> bars, long max) {

    /** The drawing area, in SVG user units. */
    public static final int WIDTH = 700;
    public static final int HEIGHT = 160;

    /** One bar: its place and size, its label, and the part of it that failed. */
    public record Bar(int x, int width, int totalHeight, int failureHeight, String label, long total, long failures) {
    }

    /** Lays out one bar per day, scaled to the busiest day. */
    static Chart bars(List<Audit.DayCount> days) {
        long max = Math.max(1, days.stream().mapToLong(Audit.DayCount::total).max().orElse(1));
        int slot = days.isEmpty() ? WIDTH : WIDTH / days.size();
        List<Bar> bars = new ArrayList<>(days.size());
        DateTimeFormatter label = DateTimeFormatter.ofPattern("dd MMM");
        for (int i = 0; i < days.size(); i++) {
            Audit.DayCount d = days.get(i);
            bars.add(new Bar(i * slot + 4, slot - 8, scale(d.total(), max), scale(d.failures(), max),
                    label.format(d.day()), d.total(), d.failures()));
        }
        return new Chart(bars, max);
    }

    private static int scale(long value, long max) {
        return (int) Math.round((double) value * (HEIGHT - 20) / max);
    }
}
