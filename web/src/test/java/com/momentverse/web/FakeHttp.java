package com.momentverse.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hand-written stand-ins for the servlet request, response and chain that a filter sees, enough
 * for unit tests of filters: the request answers what a container would for a path, a method, a
 * peer address and headers; the response records status, headers and body. Anything else a
 * filter calls fails the test loudly (UnsupportedOperationException), so no call goes unnoticed.
 */
public final class FakeHttp {

    private FakeHttp() {
    }

    /** A request as the container hands it over; {@code path} is inside the application. */
    public static final class Request {
        private final String method;
        private final String path;
        private String remoteAddr = "203.0.113.7";
        private String user;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public static Request of(String method, String path) {
            return new Request(method, path);
        }

        public Request from(String address) {
            this.remoteAddr = address;
            return this;
        }

        /** Signed in as this account (the principal's name is the account id). */
        public Request as(String account) {
            this.user = account;
            return this;
        }

        public Request header(String name, String value) {
            headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
            return this;
        }

        /** Servlet path and path info as for a JAX-RS application at /api/v1 and Faces' exact mappings. */
        public HttpServletRequest build() {
            String servletPath = path.startsWith("/api/v1/") ? "/api/v1" : path;
            String pathInfo = path.startsWith("/api/v1/") ? path.substring("/api/v1".length()) : null;
            return (HttpServletRequest) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                        case "getMethod" -> method;
                        case "getRequestURI" -> path;
                        case "getContextPath" -> "";
                        case "getServletPath" -> servletPath;
                        case "getPathInfo" -> pathInfo;
                        case "getRemoteAddr" -> remoteAddr;
                        case "getUserPrincipal" -> user == null ? null : (java.security.Principal) () -> user;
                        case "getHeader" -> {
                            List<String> values = headers.get(((String) args[0]).toLowerCase(Locale.ROOT));
                            yield values == null ? null : values.get(0);
                        }
                        case "getHeaders" -> Collections.enumeration(
                                headers.getOrDefault(((String) args[0]).toLowerCase(Locale.ROOT), List.of()));
                        case "toString" -> method + " " + path;
                        default -> throw new UnsupportedOperationException("FakeHttp request: " + m.getName());
                    });
        }
    }

    /** Records what a filter writes. Header names are case-insensitive, as in HTTP. */
    public static final class Response {
        private int status = 200;
        private String contentType;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final HttpServletResponse proxy;

        public Response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
            proxy = (HttpServletResponse) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (p, m, args) -> switch (m.getName()) {
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "getStatus" -> status;
                        case "setHeader" -> {
                            List<String> values = new ArrayList<>();
                            values.add((String) args[1]);
                            headers.put(((String) args[0]).toLowerCase(Locale.ROOT), values);
                            yield null;
                        }
                        case "addHeader" -> {
                            headers.computeIfAbsent(((String) args[0]).toLowerCase(Locale.ROOT),
                                    k -> new ArrayList<>()).add((String) args[1]);
                            yield null;
                        }
                        case "setContentType" -> {
                            contentType = (String) args[0];
                            yield null;
                        }
                        case "setCharacterEncoding", "setContentLength", "setContentLengthLong" -> null;
                        case "getOutputStream" -> out;
                        case "toString" -> "FakeHttp response " + status;
                        default -> throw new UnsupportedOperationException("FakeHttp response: " + m.getName());
                    });
        }

        public HttpServletResponse servlet() {
            return proxy;
        }

        public int status() {
            return status;
        }

        public String contentType() {
            return contentType;
        }

        /** The header's only value, or null; fails if it was given more than once. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            if (values == null) {
                return null;
            }
            if (values.size() != 1) {
                throw new AssertionError(name + " was sent " + values.size() + " times: " + values);
            }
            return values.get(0);
        }

        public List<String> headerNames() {
            return List.copyOf(headers.keySet());
        }

        public String body() {
            return body.toString(StandardCharsets.UTF_8);
        }
    }

    /** A chain that only records whether the filter let the request through. */
    public static final class Chain implements FilterChain {
        private int calls;

        @Override
        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
            calls++;
        }

        public boolean reached() {
            return calls > 0;
        }
    }
}
