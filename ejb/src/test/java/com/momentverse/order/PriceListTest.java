package com.momentverse.order;

import com.momentverse.common.Money;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceListTest {

    @Test
    void theConfiguredDefaultsAreTheCatalogueOfTheProduct() throws Exception {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/microprofile-config.properties")) {
            assertThat(in).as("persistence's META-INF/microprofile-config.properties").isNotNull();
            defaults.load(in);
        }

        // Every setting the producer injects has a default (a missing one would fail the deployment) ...
        PriceListProducer producer = new PriceListProducer();
        int settings = 0;
        for (Field field : PriceListProducer.class.getDeclaredFields()) {
            ConfigProperty property = field.getAnnotation(ConfigProperty.class);
            if (property != null) {
                String value = defaults.getProperty(property.name());
                assertThat(value).as(property.name()).isNotBlank();
                field.set(producer, field.getType() == long.class ? (Object) Long.parseLong(value) : value);
                settings++;
            }
        }
        assertThat(settings).isEqualTo(6);
        producer.init();

        // ... and together they are the prices of PRODUCT.md.
        PriceList prices = producer.priceList();
        assertThat(prices.currency()).isEqualTo("usd");
        assertThat(prices.moment()).isEqualTo(Money.of(499, "usd"));
        assertThat(prices.extraMinute()).isEqualTo(Money.of(5, "usd"));
        assertThat(prices.star()).isEqualTo(Money.of(300, "usd"));
        assertThat(prices.premiumCertificate()).isEqualTo(Money.of(600, "usd"));
        assertThat(prices.premiumBundle()).isEqualTo(Money.of(800, "usd"));
    }

    @Test
    void theProducerRefusesAWrongConfiguration() {
        PriceListProducer producer = new PriceListProducer();
        producer.currency = "usd";
        producer.moment = 499;
        producer.extraMinute = 5;
        producer.star = -300;
        producer.premiumCertificate = 600;
        producer.premiumBundle = 800;

        assertThatThrownBy(producer::init).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mv.price.star");
    }

    @Test
    void refusesANegativePriceAndSaysWhichSetting() {
        assertThatThrownBy(() -> new PriceList("usd", -1, 5, 300, 600, 800))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mv.price.moment");
        assertThatThrownBy(() -> new PriceList("usd", 499, -5, 300, 600, 800))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mv.price.extra-minute");
        assertThatThrownBy(() -> new PriceList("usd", 499, 5, -300, 600, 800))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mv.price.star");
        assertThatThrownBy(() -> new PriceList("usd", 499, 5, 300, -600, 800))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mv.price.premium-certificate");
        assertThatThrownBy(() -> new PriceList("usd", 499, 5, 300, 600, -800))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mv.price.premium-bundle");
    }

    @ParameterizedTest
    @ValueSource(strings = {"USD", "us", "usdd", "$", "", "xyz"})
    void refusesACurrencyThatIsNotALowerCaseIsoCode(String currency) {
        assertThatThrownBy(() -> new PriceList(currency, 499, 5, 300, 600, 800))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mv.price.currency");
    }

    @Test
    void acceptsFreeItems() {
        PriceList free = new PriceList("eur", 0, 0, 0, 0, 0);

        assertThat(free.moment()).isEqualTo(Money.zero("eur"));
        assertThat(free.premiumBundle()).isEqualTo(Money.zero("eur"));
    }
}
