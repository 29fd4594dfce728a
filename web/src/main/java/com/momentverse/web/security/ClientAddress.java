package com.momentverse.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request comes from, for lockouts and rate limits: the connection's peer,
 * unless that peer is a proxy listed in {@code MV_TRUSTED_PROXIES}, in which case the
 * nearest address in {@code X-Forwarded-For} that is not itself a trusted proxy. A client
 * cannot choose its address by sending the header itself.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "mv.trusted-proxies")
    Optional<String> trusted;

    private Set<String> trustedProxies;

    @PostConstruct
    void init() {
        trustedProxies = trusted.map(list -> Arrays.stream(list.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!trustedProxies.contains(hop) && hop.length() <= 64 && !hop.isEmpty()) {
                return hop;
            }
        }
        return peer;
    }
}
