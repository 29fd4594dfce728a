package com.momentverse.admin.view;

import com.momentverse.admin.AuditView;
import com.momentverse.web.AdminViews;

import java.io.Serializable;
import java.util.List;

/** An audit entry as the administration pages list it. */
public final class AuditRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final AuditView entry;

    private AuditRow(AuditView entry) {
        this.entry = entry;
    }

    public static List<AuditRow> of(List<AuditView> entries) {
        return entries.stream().map(AuditRow::new).toList();
    }

    public String getAt() {
        return AdminViews.at(entry.at());
    }

    /** The acting account's address, else the actor as recorded ("stripe", "system", an id). */
    public String getActor() {
        return entry.actorEmail() != null ? entry.actorEmail() : entry.actor();
    }

    /** The actor as recorded, for searching by it. */
    public String getActorId() {
        return entry.actor();
    }

    public String getAction() {
        return entry.action();
    }

    public String getSubject() {
        return entry.subject();
    }

    public String getDetail() {
        return entry.detail() == null ? "" : entry.detail();
    }

    /** The administration page of the subject ("/admin/users?id=…"), or null when it has none. */
    public String getSubjectPage() {
        String subject = entry.subject();
        int colon = subject.indexOf(':');
        if (colon < 0 || AdminViews.id(subject.substring(colon + 1)) == null) {
            return null;
        }
        return switch (subject.substring(0, colon)) {
            case "account" -> "/admin/users?id=" + subject.substring(colon + 1);
            case "order" -> "/admin/orders?id=" + subject.substring(colon + 1);
            default -> null;
        };
    }
}
