package com.momentverse.web;

import java.util.Locale;

/** A state as pages show it to people: {@code PENDING_PAYMENT} reads "pending payment". */
public final class StateWords {

    private StateWords() {
    }

    public static String of(Enum<?> state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
