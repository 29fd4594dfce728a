/** Moderation: visitors' reports of public moments, and administrators hiding and unhiding moments, with reasons. */
package com.momentverse.moderation;
