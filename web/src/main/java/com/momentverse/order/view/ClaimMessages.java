package com.momentverse.order.view;

import com.momentverse.common.FieldError;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.List;
import java.util.Map;

/**
 * Puts the field errors of a claim next to the inputs they are about. The services name fields
 * as the API does ({@code start}, {@code timeZone}, {@code starHip}…); the page has a message
 * slot with each of those ids (the date and time share the {@code start} slot, hence
 * {@code end}, {@code day}… map onto it). An error about a field the page does not have goes
 * to the top.
 */
final class ClaimMessages {

    private static final Map<String, String> SLOTS = Map.ofEntries(
            Map.entry("start", "start"), Map.entry("end", "start"), Map.entry("day", "start"),
            Map.entry("month", "start"), Map.entry("year", "start"), Map.entry("time", "start"),
            Map.entry("timeZone", "timeZone"), Map.entry("duration", "duration"),
            Map.entry("title", "title"), Map.entry("message", "message"),
            Map.entry("dedicatedTo", "dedicatedTo"), Map.entry("visibility", "visibility"),
            Map.entry("starHip", "starHip"));

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("start", "The start"), Map.entry("end", "The end"), Map.entry("day", "The day"),
            Map.entry("month", "The month"), Map.entry("year", "The year"), Map.entry("time", "The time"),
            Map.entry("timeZone", "The time zone"), Map.entry("duration", "The duration"),
            Map.entry("title", "The title"), Map.entry("message", "The message"),
            Map.entry("dedicatedTo", "“Dedicated to”"), Map.entry("visibility", "The visibility"),
            Map.entry("starHip", "The star"));

    private ClaimMessages() {
    }

    static void fieldErrors(String formId, List<FieldError> errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : errors) {
            String slot = SLOTS.get(error.field());
            faces.addMessage(slot == null ? null : formId + ":" + slot,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text(error), null));
        }
        faces.validationFailed();
    }

    /** "The day is not a day of that month". */
    static String text(FieldError error) {
        String label = LABELS.getOrDefault(error.field(), error.field().isEmpty() ? "" : error.field());
        return label.isEmpty() ? error.message() : label + " " + error.message();
    }

    static void error(String formId, String slot, String text) {
        FacesContext.getCurrentInstance().addMessage(slot == null ? null : formId + ":" + slot,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    static void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
