package com.momentverse.order.view;

import com.momentverse.star.Star;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A star the claim page offers or has picked: enough to show and to order it. A class with
 * getters, not a record, because Expression Language 5 does not read record components.
 */
public final class StarChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern LABEL_HIP = Pattern.compile("HIP (\\d{1,9})$");

    private final int hip;
    private final String name;
    private final String designation;
    private final String constellationName;
    private final double magnitude;

    private StarChoice(Star star) {
        this.hip = star.getHip();
        this.name = star.getDisplayName();
        this.designation = star.getDesignation();
        this.constellationName = star.getConstellationName();
        this.magnitude = star.getMagnitude();
    }

    static StarChoice of(Star star) {
        return new StarChoice(star);
    }

    public int getHip() {
        return hip;
    }

    public String getName() {
        return name;
    }

    public String getDesignation() {
        return designation;
    }

    public String getConstellationName() {
        return constellationName;
    }

    public double getMagnitude() {
        return magnitude;
    }

    /**
     * One line for lists, always ending with the HIP number, which is how a picked suggestion is
     * read back ({@link #hipOfLabel}): "Vega (α Lyrae), Lyra, magnitude 0.03, HIP 91262", or
     * "Octans, magnitude 7.99, HIP 9697" for a star with neither name nor designation.
     */
    public String getLabel() {
        StringBuilder label = new StringBuilder();
        if (!name.equals("HIP " + hip)) {
            label.append(name);
            if (designation != null && !designation.equals(name)) {
                label.append(" (").append(designation).append(')');
            }
            label.append(", ");
        }
        return label.append(constellationName)
                .append(", magnitude ").append(String.format(Locale.ROOT, "%.2f", magnitude))
                .append(", HIP ").append(hip).toString();
    }

    /** The HIP number at the end of a {@link #getLabel() label}; null for any other text. */
    static Integer hipOfLabel(String text) {
        Matcher matcher = text == null ? null : LABEL_HIP.matcher(text.strip());
        return matcher != null && matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }
}
