/**
 * Integration tests of the packaged EAR in the real WildFly on real PostgreSQL: black-box
 * HTTP tests of the API, pages and operations endpoints, and (in {@code incontainer})
 * Arquillian tests that run inside the server.
 */
package com.momentverse.it;
