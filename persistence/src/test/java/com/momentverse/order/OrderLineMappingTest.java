package com.momentverse.order;

import com.momentverse.testing.H2Hibernate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link OrderLine} as an order will store it: an element collection of a test entity, in a
 * table Hibernate creates on H2 for this test only (the real table comes with the order and its
 * Liquibase changeset). Checks the column names and that lines come back as they went in.
 */
class OrderLineMappingTest {

    private static final String URL = "jdbc:h2:mem:order-lines;MODE=PostgreSQL;DB_CLOSE_DELAY=-1";

    private static SessionFactory factory;

    @BeforeAll
    static void build() {
        factory = H2Hibernate.sessionFactory(URL, "create-drop", LineHolder.class);
    }

    @AfterAll
    static void close() {
        if (factory != null) {
            factory.close();
        }
    }

    @Test
    void columnsHaveTheNamesTheOrderTableWillUse() throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(URL);
             ResultSet rows = connection.createStatement().executeQuery("SELECT column_name FROM information_schema.columns"
                     + " WHERE table_name = 'TEST_ORDER_LINE'")) {
            while (rows.next()) {
                columns.add(rows.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        assertThat(columns).contains("line_code", "description", "quantity", "unit_amount", "amount");
    }

    @Test
    void linesComeBackAsTheyWentIn() {
        List<OrderLine> lines = List.of(
                OrderLine.of(LineCode.MOMENT, "Moment (first minute)", 1, 499),
                OrderLine.of(LineCode.EXTRA_MINUTES, "3 further minutes", 3, 5),
                OrderLine.of(LineCode.PREMIUM_BUNDLE, "Premium bundle: star pairing (α Lyrae) and premium certificate", 1, 800));
        LineHolder holder = new LineHolder(UUID.randomUUID(), lines);

        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            em.persist(holder);
            em.getTransaction().commit();
        } finally {
            em.close();
        }

        em = factory.createEntityManager();
        try {
            LineHolder stored = em.find(LineHolder.class, holder.id);
            assertThat(stored.lines).containsExactlyElementsOf(lines);
            assertThat(stored.lines.get(2).getCode()).isEqualTo(LineCode.PREMIUM_BUNDLE);
            assertThat(stored.lines.get(1).getAmount()).isEqualTo(15);
        } finally {
            em.close();
        }
    }

    /** Holds lines the way an order will. */
    @Entity(name = "LineHolder")
    @Table(name = "test_line_holder")
    public static class LineHolder {

        @Id
        UUID id;

        @ElementCollection
        @CollectionTable(name = "test_order_line", joinColumns = @JoinColumn(name = "holder_id"))
        @OrderColumn(name = "position")
        List<OrderLine> lines = new ArrayList<>();

        protected LineHolder() {
        }

        LineHolder(UUID id, List<OrderLine> lines) {
            this.id = id;
            this.lines = new ArrayList<>(lines);
        }
    }
}
