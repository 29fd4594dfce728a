/** The timeline page ({@code /timeline}) and the home page's part of the timeline: what they need from the server beyond the API. */
package com.momentverse.timeline.view;
