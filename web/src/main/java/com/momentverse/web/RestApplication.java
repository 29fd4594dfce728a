package com.momentverse.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON API, under {@code /api/v1}; its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "MomentVerse API", version = "1",
        description = "Dedicate a moment of history: stars, moments, orders and certificates."))
public class RestApplication extends Application {
}
