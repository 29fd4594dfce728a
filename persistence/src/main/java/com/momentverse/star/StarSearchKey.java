package com.momentverse.star;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule for matching what a person types against star names: case- and
 * accent-insensitive, with Greek letters spelled out, so that "bootis" finds "Boötis"
 * and "alpha Lyrae" finds "α Lyrae".
 *
 * <p>The same normalisation is applied to the catalogue (the {@code search_key} column,
 * filled by a migration through {@link #of(Star)}) and to every query ({@link #normalize}),
 * so the database can match them with a plain substring search.
 */
public final class StarSearchKey {

    /** Separates the parts of a key, so a query never matches across two of them. */
    static final String SEPARATOR = "|";

    private static final Map<Character, String> GREEK = Map.ofEntries(
            Map.entry('α', "alpha"), Map.entry('β', "beta"), Map.entry('γ', "gamma"),
            Map.entry('δ', "delta"), Map.entry('ε', "epsilon"), Map.entry('ζ', "zeta"),
            Map.entry('η', "eta"), Map.entry('θ', "theta"), Map.entry('ι', "iota"),
            Map.entry('κ', "kappa"), Map.entry('λ', "lambda"), Map.entry('μ', "mu"),
            Map.entry('ν', "nu"), Map.entry('ξ', "xi"), Map.entry('ο', "omicron"),
            Map.entry('π', "pi"), Map.entry('ρ', "rho"), Map.entry('σ', "sigma"),
            Map.entry('ς', "sigma"), Map.entry('τ', "tau"), Map.entry('υ', "upsilon"),
            Map.entry('φ', "phi"), Map.entry('χ', "chi"), Map.entry('ψ', "psi"),
            Map.entry('ω', "omega"));

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A component number after a Greek letter: "alpha1 centauri" is also "alpha centauri". */
    private static final Pattern COMPONENT_NUMBER = Pattern.compile("\\b([a-z]+)\\d+\\b");

    private StarSearchKey() {
    }

    /**
     * Normalises free text: Greek letters spelled out, accents removed, lower case,
     * anything that is not a letter or digit collapsed to one space.
     *
     * @return the normalised text, empty (never null) when nothing searchable is left
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder spelled = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String name = GREEK.get(c);
            spelled.append(name != null ? name : String.valueOf(c));
        }
        String withoutAccents = COMBINING_MARKS
                .matcher(Normalizer.normalize(spelled, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_WORD.matcher(withoutAccents).replaceAll(" ").trim();
    }

    /**
     * The key stored with a star: its proper name, designation (also without a component
     * number), constellation abbreviation and name, each normalised, joined by a separator.
     */
    public static String of(String properName, String designation, String constellation,
            String constellationName) {
        Set<String> parts = new LinkedHashSet<>();
        add(parts, properName);
        add(parts, designation);
        String normalizedDesignation = normalize(designation);
        if (!normalizedDesignation.isEmpty()) {
            parts.add(COMPONENT_NUMBER.matcher(normalizedDesignation).replaceAll("$1"));
        }
        add(parts, constellation);
        add(parts, constellationName);
        return SEPARATOR + String.join(SEPARATOR, parts) + SEPARATOR;
    }

    /** The key of an entity, as {@link #of(String, String, String, String)}. */
    public static String of(Star star) {
        return of(star.getProperName(), star.getDesignation(), star.getConstellation(),
                star.getConstellationName());
    }

    private static void add(Set<String> parts, String text) {
        String normalized = normalize(text);
        if (!normalized.isEmpty()) {
            parts.add(normalized);
        }
    }
}
