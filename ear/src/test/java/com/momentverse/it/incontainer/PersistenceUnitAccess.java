package com.momentverse.it.incontainer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/** Hands the application's persistence unit to in-container tests (Arquillian injects this bean). */
@ApplicationScoped
public class PersistenceUnitAccess {

    @PersistenceUnit(unitName = "momentverse")
    EntityManagerFactory factory;

    public EntityManagerFactory factory() {
        return factory;
    }
}
