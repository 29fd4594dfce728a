package com.momentverse.common;

/**
 * LIKE patterns from text people typed, with LIKE's wildcards taken literally: {@code %} and
 * {@code _} are escaped with {@code !} (a character that needs no escaping in JPQL or SQL), so
 * a query writes {@code LIKE :pattern ESCAPE '!'}.
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** Matches any text that contains {@code text}. */
    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    /** Matches any text that starts with {@code text}. */
    public static String startsWith(String text) {
        return escape(text) + "%";
    }

    static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
