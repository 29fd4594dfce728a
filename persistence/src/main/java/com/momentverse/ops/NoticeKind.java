package com.momentverse.ops;

/** What a status notice is about; a MAINTENANCE notice's window also holds back API writes. */
public enum NoticeKind {
    /** News for visitors (a new feature, a planned change). */
    INFO,
    /** Something is wrong and being worked on. */
    INCIDENT,
    /** The service is maintained in [startsAt, endsAt): announced before, and API writes wait during it. */
    MAINTENANCE
}
