/** Operational endpoints of the public API: the ping that load balancers and benchmarks use. */
package com.momentverse.ops.api;
