/** Moderation: visitors report moments; administrators hide (with a reason, the owner is mailed), unhide or dismiss. */
package com.momentverse.moderation;
