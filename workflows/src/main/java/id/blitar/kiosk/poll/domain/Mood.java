package id.blitar.kiosk.poll.domain;

/**
 * The four smileys of the exit kiosk, without a neutral one. Each has a weight on the 0–100 Happy
 * Index (the mean weight of the answers of a period).
 */
public enum Mood {
    VERY_HAPPY(100.0),
    HAPPY(200.0 / 3),
    UNHAPPY(100.0 / 3),
    VERY_UNHAPPY(0.0);

    private final double weight;

    Mood(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    public boolean isNegative() {
        return this == UNHAPPY || this == VERY_UNHAPPY;
    }
}
