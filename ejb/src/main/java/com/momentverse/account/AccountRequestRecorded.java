package com.momentverse.account;

import java.util.UUID;

/** CDI event: a request about an address was recorded; it is carried out once its transaction commits. */
public record AccountRequestRecorded(UUID requestId) {
}
