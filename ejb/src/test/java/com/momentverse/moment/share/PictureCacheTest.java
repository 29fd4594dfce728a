package com.momentverse.moment.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PictureCacheTest {

    @Test
    void aPictureIsDrawnOnceAndKept() {
        PictureCache cache = new PictureCache(1000);
        AtomicInteger draws = new AtomicInteger();

        byte[] first = cache.get("m1/abc", () -> new byte[] {(byte) draws.incrementAndGet()});
        byte[] again = cache.get("m1/abc", () -> new byte[] {(byte) draws.incrementAndGet()});

        assertThat(again).isSameAs(first);
        assertThat(draws).hasValue(1);
        // Another version of the same moment is another picture.
        cache.get("m1/def", () -> new byte[] {(byte) draws.incrementAndGet()});
        assertThat(draws).hasValue(2);
    }

    @Test
    void theLeastRecentlyUsedGoFirstWhenTheBytesRunOut() {
        PictureCache cache = new PictureCache(300);
        AtomicInteger draws = new AtomicInteger();
        cache.get("a", () -> new byte[100]);
        cache.get("b", () -> new byte[100]);
        cache.get("c", () -> new byte[100]);
        cache.get("a", () -> new byte[100]); // a is used again: b is now the oldest

        cache.get("d", () -> new byte[100]);

        assertThat(cache.size()).isEqualTo(3);
        cache.get("a", () -> new byte[draws.incrementAndGet()]);
        assertThat(draws).as("a was kept").hasValue(0);
        cache.get("b", () -> new byte[draws.incrementAndGet()]);
        assertThat(draws).as("b was let go").hasValue(1);
    }

    @Test
    void aPictureLargerThanTheCacheIsServedButNotKept() {
        PictureCache cache = new PictureCache(10);

        assertThat(cache.get("big", () -> new byte[11])).hasSize(11);
        assertThat(cache.size()).isZero();
    }
}
