/**
 * Tests that run inside WildFly, in the packaged EAR's web module (Arquillian adds this
 * package to it): the persistence mapping against the migrated schema, services in their
 * real transactions.
 */
package com.momentverse.it.incontainer;
