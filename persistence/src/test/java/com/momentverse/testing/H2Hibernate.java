package com.momentverse.testing;

import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

import java.util.function.Function;

/** A Hibernate session factory over an H2 test database, for mapping tests outside the server. */
public final class H2Hibernate {

    private H2Hibernate() {
    }

    /**
     * @param url        the H2 database (see {@link MigratedH2#url})
     * @param schema     Hibernate's schema action: "none" for a migrated database, "create-drop" for test-only tables
     * @param entities   the mapped classes
     */
    public static SessionFactory sessionFactory(String url, String schema, Class<?>... entities) {
        Configuration configuration = new Configuration()
                .setProperty("hibernate.connection.url", url)
                // Room for the tests that race 50 clients, each in its own transaction.
                .setProperty("hibernate.connection.pool_size", "64")
                .setProperty("hibernate.hbm2ddl.auto", schema)
                // The JSON-B API is on the test class path without a provider; no entity maps JSON.
                .setProperty("hibernate.type.json_format_mapper", NoJson.class.getName());
        for (Class<?> entity : entities) {
            configuration.addAnnotatedClass(entity);
        }
        return configuration.buildSessionFactory();
    }

    /** Stands in for a JSON format mapper that no test needs. */
    public static final class NoJson implements FormatMapper {
        @Override
        public <T> T fromString(CharSequence value, JavaType<T> type, WrapperOptions options) {
            throw new UnsupportedOperationException("no JSON mapping in these tests");
        }

        @Override
        public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
            throw new UnsupportedOperationException("no JSON mapping in these tests");
        }
    }
}
