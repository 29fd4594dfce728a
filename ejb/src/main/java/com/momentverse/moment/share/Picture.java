package com.momentverse.moment.share;

import java.util.function.Supplier;

/**
 * A picture of a moment as it is served: its entity tag, known before anything is drawn (so a
 * client that has it gets 304 at no cost), whether anyone may see it (then shared caches may
 * keep it) and whether search engines may list it, and its PNG bytes, drawn or taken from the
 * cache on first use.
 */
public final class Picture {

    private final String etag;
    private final boolean openToAnyone;
    private final boolean listed;
    private final Supplier<byte[]> png;
    private byte[] bytes;

    Picture(String etag, boolean openToAnyone, boolean listed, Supplier<byte[]> png) {
        this.etag = etag;
        this.openToAnyone = openToAnyone;
        this.listed = openToAnyone && listed;
        this.png = png;
    }

    /** The entity tag, without quotes: it changes whenever what the picture shows changes. */
    public String etag() {
        return etag;
    }

    /** Whether anyone may see the moment, signed in or not: then shared caches may keep the picture. */
    public boolean openToAnyone() {
        return openToAnyone;
    }

    /** Whether search engines may list it: the moment is open to anyone and public (not unlisted). */
    public boolean listed() {
        return listed;
    }

    /** The PNG bytes. */
    public byte[] png() {
        if (bytes == null) {
            bytes = png.get();
        }
        return bytes;
    }
}
