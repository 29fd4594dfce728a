/** The moderation page for administrators: the report queue, hiding with a reason, unhiding. */
package com.momentverse.moderation.view;
