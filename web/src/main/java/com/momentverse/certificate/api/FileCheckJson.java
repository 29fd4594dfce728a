package com.momentverse.certificate.api;

import com.momentverse.certificate.FileCheck;

/** {@code POST /api/v1/certificates/{number}/verify-file}: is the file the certificate, and its status. */
public record FileCheckJson(boolean matches, String status) {

    public static FileCheckJson of(FileCheck check) {
        return new FileCheckJson(check.matches(), check.status().name());
    }
}
