package com.momentverse.web.security;

import com.momentverse.web.ClientAddresses;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The client address of a request for sign-in lockouts, as {@link ClientAddresses} defines it
 * for every limit ({@code X-Forwarded-For} believed only from {@code MV_TRUSTED_PROXIES}).
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "mv.trusted-proxies")
    Optional<String> trustedProxies;

    private ClientAddresses addresses;

    @PostConstruct
    void init() {
        addresses = ClientAddresses.fromSetting(trustedProxies);
    }

    public String of(HttpServletRequest request) {
        return addresses.of(request);
    }
}
