/**
 * Running the application: the schema migration at deployment.
 */
package com.momentverse.ops;
