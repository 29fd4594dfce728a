package com.momentverse.web;

import com.momentverse.common.FieldError;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.List;

/**
 * Puts a service's field errors next to their inputs (component ids equal the field names
 * within the form), and page-wide messages at the top.
 */
public final class FormMessages {

    private FormMessages() {
    }

    public static void fieldErrors(String formId, List<FieldError> errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : errors) {
            String label = error.field().isEmpty() ? "" : capitalize(error.field()) + " ";
            faces.addMessage(formId + ":" + error.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, label + error.message(), null));
        }
        faces.validationFailed();
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public static void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    private static String capitalize(String field) {
        return switch (field) {
            case "currentPassword" -> "Current password";
            default -> Character.toUpperCase(field.charAt(0)) + field.substring(1);
        };
    }
}
