package com.momentverse.web.ratelimit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisUrlsTest {

    @Test
    void namesTheServerWithoutItsPassword() {
        assertThat(RedisUrls.describe(RedisUrls.parse("redis://:s3cret@redis.internal:6380/2")))
                .isEqualTo("redis.internal:6380");
        assertThat(RedisUrls.describe(RedisUrls.parse("redis://127.0.0.1"))).isEqualTo("127.0.0.1:6379");
    }

    @Test
    void aMalformedUrlIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> RedisUrls.parse("s3cret@redis.internal:6379"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mv.redis.url")
                .hasMessageNotContaining("s3cret")
                .hasNoCause();
    }
}
