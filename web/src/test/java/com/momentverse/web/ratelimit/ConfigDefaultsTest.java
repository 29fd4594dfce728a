package com.momentverse.web.ratelimit;

import com.momentverse.web.CorsFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every setting these classes inject without a default and without Optional has its default in
 * the one file of defaults (persistence's META-INF/microprofile-config.properties); a missing
 * one would fail the deployment, which no unit test would otherwise notice.
 */
class ConfigDefaultsTest {

    @Test
    void everyRequiredSettingHasADefault() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/microprofile-config.properties")) {
            assertThat(in).as("persistence's META-INF/microprofile-config.properties").isNotNull();
            defaults.load(in);
        }

        for (Class<?> type : new Class<?>[] {RateLimits.class, RateLimitFilter.class, RateLimiterProducer.class,
                CorsFilter.class}) {
            for (Field field : type.getDeclaredFields()) {
                ConfigProperty property = field.getAnnotation(ConfigProperty.class);
                if (property != null && field.getType() != Optional.class) {
                    assertThat(defaults.getProperty(property.name())).as(property.name()).isNotBlank();
                }
            }
        }
        assertThat(defaults).containsEntry("mv.rate-limits", "on")
                .containsEntry("mv.rate-limit.api-per-minute", "200")
                .containsEntry("mv.rate-limit.register-per-hour", "5")
                .containsEntry("mv.rate-limit.likes-per-minute", "60");
    }
}
