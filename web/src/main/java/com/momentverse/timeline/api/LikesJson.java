package com.momentverse.timeline.api;

import com.momentverse.timeline.LikeState;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The answer to liking or unliking a moment: its likes now, and whether the caller likes it. */
@JsonbPropertyOrder({"likes", "likedByMe"})
public record LikesJson(long likes, boolean likedByMe) {

    public static LikesJson of(LikeState state) {
        return new LikesJson(state.likes(), state.likedByMe());
    }
}
