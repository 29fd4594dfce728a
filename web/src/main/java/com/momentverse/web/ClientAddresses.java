package com.momentverse.web;

import jakarta.servlet.http.HttpServletRequest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address a request comes from, as far as it can be believed: the connection's peer, or,
 * when the peer is one of our own proxies ({@code mv.trusted-proxies}), what that proxy says in
 * {@code X-Forwarded-For}. Anyone can send that header, so it is read from the right: each proxy
 * appends the address it received the request from, and the right-most address that is not one
 * of our proxies is the last one a proxy of ours vouches for; everything left of it is what the
 * client claims. From a peer that is not a trusted proxy the header is ignored.
 *
 * <p>Addresses are compared in one canonical form (IPv6 in full, {@code [::1]:8080} and
 * {@code ::ffff:10.0.0.1} unwrapped), so {@code ::1} in the setting matches the peer
 * {@code 0:0:0:0:0:0:0:1}. Only IP literals are accepted: nothing here ever resolves a name.
 * (A later {@code com.momentverse.web.security.ClientAddress} will take this class's place.)
 */
public final class ClientAddresses {

    public static final String FORWARDED_FOR = "X-Forwarded-For";

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}:\\d{1,5}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final Set<String> trustedProxies;

    public ClientAddresses(Set<String> trustedProxies) {
        Set<String> canonical = new LinkedHashSet<>();
        for (String proxy : trustedProxies) {
            String address = canonical(proxy);
            if (address == null) {
                throw new IllegalArgumentException(
                        "mv.trusted-proxies (MV_TRUSTED_PROXIES) lists IP addresses; this is not one: " + proxy);
            }
            canonical.add(address);
        }
        this.trustedProxies = Collections.unmodifiableSet(canonical);
    }

    /** From the setting: addresses separated by commas; absent or blank, no proxy is trusted. */
    public static ClientAddresses fromSetting(Optional<String> trustedProxies) {
        Set<String> addresses = new LinkedHashSet<>();
        trustedProxies.ifPresent(list -> {
            for (String part : list.split(",")) {
                if (!part.isBlank()) {
                    addresses.add(part.trim());
                }
            }
        });
        return new ClientAddresses(addresses);
    }

    /** The client's address, canonical; the peer's address as given if it cannot be read. */
    public String of(HttpServletRequest request) {
        String peerText = request.getRemoteAddr();
        String peer = canonical(peerText);
        if (peer == null) {
            return String.valueOf(peerText);
        }
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> forwarded = forwardedFor(request);
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = canonical(forwarded.get(i));
            if (hop == null) {
                // Our proxy wrote something that is not an address: believe nothing further left.
                return peer;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        // Only our own proxies in the chain (or no header): the request started at the left-most.
        return forwarded.isEmpty() ? peer : canonical(forwarded.get(0));
    }

    /** Every {@code X-Forwarded-For} entry, left to right, across repeated headers. */
    private static List<String> forwardedFor(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        var headers = request.getHeaders(FORWARDED_FOR);
        while (headers != null && headers.hasMoreElements()) {
            for (String part : headers.nextElement().split(",")) {
                if (!part.isBlank()) {
                    hops.add(part.trim());
                }
            }
        }
        return hops;
    }

    /**
     * An IP literal in one form for comparison and as a bucket key, or {@code null} when the text
     * is not an IP literal (with or without a port). IPv4 is checked here; IPv6 is left to
     * {@link InetAddress}, which does not look up a literal that contains a colon.
     */
    static String canonical(String text) {
        if (text == null) {
            return null;
        }
        String address = text.trim();
        if (address.startsWith("[")) {
            int end = address.indexOf(']');
            if (end < 0) {
                return null;
            }
            address = address.substring(1, end);
        } else if (IPV4_WITH_PORT.matcher(address).matches()) {
            address = address.substring(0, address.indexOf(':'));
        }
        var ipv4 = IPV4.matcher(address);
        if (ipv4.matches()) {
            StringBuilder canonical = new StringBuilder(15);
            for (int group = 1; group <= 4; group++) {
                int octet = Integer.parseInt(ipv4.group(group));
                if (octet > 255) {
                    return null;
                }
                canonical.append(group > 1 ? "." : "").append(octet);
            }
            return canonical.toString();
        }
        if (address.indexOf(':') >= 0 && IPV6.matcher(address).matches()) {
            try {
                return InetAddress.getByName(address).getHostAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
        return null;
    }
}
