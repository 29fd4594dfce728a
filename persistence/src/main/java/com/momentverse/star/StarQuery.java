package com.momentverse.star;

/**
 * What a star search asks for; every member is optional.
 *
 * @param text          free text matched against names and designations (see {@link StarSearchKey}),
 *                      or a HIP number ("32349" or "HIP 32349")
 * @param constellation an IAU abbreviation such as "CMa", matched exactly
 * @param maxMagnitude  only stars at least this bright
 * @param availableOnly only stars not paired with an active moment
 */
public record StarQuery(String text, String constellation, Double maxMagnitude, boolean availableOnly) {

    public static final StarQuery ALL = new StarQuery(null, null, null, false);

    /** The HIP number the text names, or null when it is not one. */
    public Integer hip() {
        if (text == null) {
            return null;
        }
        String digits = text.strip();
        if (digits.regionMatches(true, 0, "HIP", 0, 3)) {
            digits = digits.substring(3).strip();
        }
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(digits);
    }

    /** The text as the search key matches it; empty when there is no text to match. */
    public String normalizedText() {
        return StarSearchKey.normalize(text);
    }
}
