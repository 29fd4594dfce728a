package com.momentverse.timeline;

import com.momentverse.common.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a moment was shared from its page: the share buttons (PRODUCT.md, "Timeline, sharing and community"). */
public enum ShareChannel {
    LINK, X, FACEBOOK, WHATSAPP, EMAIL;

    /** The field a channel is given in. */
    public static final String FIELD = "channel";

    /** The channel's name in the API: "link", "whatsapp". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The channel a client named (exactly as {@link #id()} writes it).
     *
     * @throws InvalidInputException for field {@value #FIELD} when missing or unknown
     */
    public static ShareChannel parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(FIELD, "REQUIRED", "is required");
        }
        return Arrays.stream(values()).filter(channel -> channel.id().equals(text.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException(FIELD, "INVALID", "must be one of "
                        + Arrays.stream(values()).map(ShareChannel::id).collect(Collectors.joining(", "))));
    }
}
