package com.momentverse.account;

/** The roles of the product. Every account has USER; administrators also have ADMIN. */
public enum Role {
    USER, ADMIN
}
