package com.momentverse.timeline;

import java.io.Serializable;

/**
 * A moment's likes after a caller liked or unliked it.
 *
 * @param likes     the moment's likes, counted by the database, this like included
 * @param likedByMe whether the caller likes it now
 */
public record LikeState(long likes, boolean likedByMe) implements Serializable {

    private static final long serialVersionUID = 1L;
}
