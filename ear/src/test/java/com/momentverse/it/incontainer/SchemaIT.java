package com.momentverse.it.incontainer;

import com.momentverse.common.PageRequest;
import com.momentverse.common.Slice;
import com.momentverse.it.Deployments;
import com.momentverse.star.StarListing;
import com.momentverse.star.StarQuery;
import com.momentverse.star.StarService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inside the server: the mapping, the migrated schema and the star service agree. */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SchemaIT.class.getPackage());
    }

    @Inject
    PersistenceUnitAccess persistence;

    @EJB
    StarService stars;

    @Resource(lookup = "java:jboss/datasources/MomentVerseDS")
    DataSource dataSource;

    @Test
    void testsRunOnPostgreSql() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("PostgreSQL", connection.getMetaData().getDatabaseProductName());
        }
    }

    @Test
    void entityMappingMatchesTheMigratedSchema() {
        // Hibernate never changes the schema (action none); this fails on any missing
        // table or column, or a column of the wrong type.
        persistence.factory().unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }

    @Test
    void serviceFindsStarsInItsOwnTransaction() {
        Slice<StarListing> found = stars.search(new StarQuery("sirius", null, null, false), PageRequest.first(5));
        assertEquals(32349, found.items().get(0).star().getHip());
        assertTrue(stars.find(32349).isPresent());
        assertFalse(stars.find(1).isEmpty() && stars.find(999_999_999).isPresent());
        assertEquals(41_411, stars.count(StarQuery.ALL));
    }

    @Test
    void cursorPagesAndNumberedPagesAgree() {
        StarQuery query = new StarQuery(null, "Cyg", 5.0, false);
        List<Integer> byCursor = new ArrayList<>();
        Slice<StarListing> page = stars.search(query, PageRequest.first(10));
        while (true) {
            page.items().forEach(listing -> byCursor.add(listing.star().getHip()));
            if (page.nextCursor() == null) {
                break;
            }
            page = stars.search(query, new PageRequest(10, page.nextCursor()));
        }
        List<Integer> byOffset = stars.page(query, 0, 100).stream().map(l -> l.star().getHip()).toList();
        assertNotNull(byOffset);
        assertEquals(byOffset, byCursor);
        assertEquals(stars.count(query), byCursor.size());
    }
}
