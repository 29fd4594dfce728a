package com.momentverse.account;

/**
 * A change to one's own profile; a null member stays as it is. The current password is
 * always required.
 */
public record ProfileChange(String name, String email, String password, String currentPassword) {
}
