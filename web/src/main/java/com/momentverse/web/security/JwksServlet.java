package com.momentverse.web.security;

import com.momentverse.account.SigningKeys;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;

/**
 * {@code /.well-known/jwks.json}: the public key that verifies access tokens, as an RFC 7517
 * JSON Web Key Set, for clients and partners that check tokens themselves.
 */
@WebServlet("/.well-known/jwks.json")
public class JwksServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient SigningKeys keys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RSAPublicKey key = keys.publicKey();
        String body = Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("kty", "RSA").add("use", "sig").add("alg", "RS256").add("kid", keys.kid())
                .add("n", base64Url(key.getModulus())).add("e", base64Url(key.getPublicExponent())))).build().toString();
        byte[] json = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    /** Unsigned big-endian, as JWK wants it (BigInteger adds a sign byte to some values). */
    static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
