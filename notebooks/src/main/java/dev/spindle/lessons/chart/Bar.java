package dev.spindle.lessons.chart;

/**
 * One bar: its height and an optional whisker from {@code low} to {@code high} (for example p10..p90 around a
 * median). Without a whisker, low and high are NaN.
 */
public record Bar(String label, double value, double low, double high) {

    public Bar {
        if (!Double.isNaN(low) && !(low <= value && value <= high)) {
            throw new IllegalArgumentException("need low <= value <= high: " + low + ", " + value + ", " + high);
        }
    }

    public static Bar of(String label, double value) {
        return new Bar(label, value, Double.NaN, Double.NaN);
    }

    public static Bar withRange(String label, double value, double low, double high) {
        return new Bar(label, value, low, high);
    }

    public boolean hasRange() {
        return !Double.isNaN(low);
    }
}
