package com.momentverse.moment.share;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The pictures drawn lately, so that a picture asked for again (every network's crawler, every
 * visitor of a popular page) is not drawn again: at most {@code maxBytes} of them, the least
 * recently used let go first. A key names the picture's content (a moment's id and the
 * fingerprint of what it shows), so a changed moment gets a new key and its old picture ages
 * out. Two threads asking for a missing picture at once may both draw it; the pictures are
 * equal, and nothing waits on a lock while one is drawn.
 */
final class PictureCache {

    private final long maxBytes;
    private final LinkedHashMap<String, byte[]> pictures = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    PictureCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The picture under {@code key}, drawn by {@code draw} (outside any lock) when it is not kept. */
    byte[] get(String key, Supplier<byte[]> draw) {
        synchronized (this) {
            byte[] kept = pictures.get(key);
            if (kept != null) {
                return kept;
            }
        }
        byte[] drawn = draw.get();
        put(key, drawn);
        return drawn;
    }

    private synchronized void put(String key, byte[] picture) {
        if (picture.length > maxBytes) {
            return;
        }
        byte[] previous = pictures.put(key, picture);
        bytes += picture.length - (previous == null ? 0 : previous.length);
        Iterator<Map.Entry<String, byte[]>> oldestFirst = pictures.entrySet().iterator();
        while (bytes > maxBytes && oldestFirst.hasNext()) {
            Map.Entry<String, byte[]> oldest = oldestFirst.next();
            bytes -= oldest.getValue().length;
            oldestFirst.remove();
        }
    }

    synchronized int size() {
        return pictures.size();
    }
}
