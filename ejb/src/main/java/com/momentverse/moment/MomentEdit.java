package com.momentverse.moment;

/**
 * What an owner changes on a moment; a null member keeps the current value, an empty message or
 * recipient removes it.
 */
public record MomentEdit(String title, String message, String dedicatedTo, String visibility) {

    public boolean changesText() {
        return title != null || message != null || dedicatedTo != null;
    }
}
