/**
 * Moments as people meet them: availability of spans, who may see and change a moment
 * ({@link com.momentverse.moment.MomentAccess}), reading and editing it.
 */
package com.momentverse.moment;
