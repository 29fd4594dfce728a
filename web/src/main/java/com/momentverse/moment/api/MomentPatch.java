package com.momentverse.moment.api;

import com.momentverse.moment.MomentEdit;

/** {@code PATCH /api/v1/moments/{id}}: members left out keep their value; "" removes a message or recipient. */
public record MomentPatch(String title, String message, String dedicatedTo, String visibility) {

    public MomentEdit toEdit() {
        return new MomentEdit(title, message, dedicatedTo, visibility);
    }
}
