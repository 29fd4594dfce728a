package com.momentverse.web;

import com.momentverse.web.security.AccountPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jboss.logging.MDC;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plain token
 * (anything else could forge log lines), otherwise a new UUID. The id is in the logging
 * MDC as {@code requestId} for every log line written while the request runs, and in the
 * response's {@code X-Request-Id}. The signed-in caller's account id (authentication has run
 * by the time filters do) is in the MDC as {@code userId}.
 */
public class RequestIdFilter extends HttpFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** The signed-in caller's account id (never a name or address), when there is one. */
    public static final String USER_MDC_KEY = "userId";

    private static final long serialVersionUID = 1L;
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = request.getHeader(HEADER);
        if (id == null || !ACCEPTABLE.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
        }
        response.setHeader(HEADER, id);
        Object previous = MDC.put(MDC_KEY, id);
        boolean user = request.getUserPrincipal() instanceof AccountPrincipal;
        if (user) {
            MDC.put(USER_MDC_KEY, request.getUserPrincipal().getName());
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (user) {
                MDC.remove(USER_MDC_KEY);
            }
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        }
    }
}
