/**
 * The database as operations see it: whether the schema is migrated, and the MicroProfile
 * Health checks built on that. The checks live here, in the EAR's lib/, because WildFly's
 * health subsystem looks them up with the EAR's own bean manager, which sees only lib/ beans
 * (checks in the EJB or web module of an EAR are silently not found).
 */
package com.momentverse.ops;
