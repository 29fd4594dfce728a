package com.momentverse.web.security;

import com.momentverse.account.AccountView;
import com.momentverse.account.Role;
import com.momentverse.account.SigningKeys;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Issues and verifies the API's access tokens: RS256 JWTs (MicroProfile JWT claims: iss, sub,
 * upn, groups, iat, exp) signed with {@link SigningKeys}, plus the account's credentials
 * version ({@value #CREDENTIALS_VERSION}), which lets a password reset end earlier tokens.
 * Verification is SmallRye JWT's: signature (RS256 only, so {@code alg=none} and HMAC
 * tokens are refused), issuer and expiry.
 */
@ApplicationScoped
public class AccessTokens {

    static final String CREDENTIALS_VERSION = "mv_cv";

    @EJB
    SigningKeys keys;

    @Inject
    @ConfigProperty(name = "mv.jwt.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "mv.jwt.lifetime-minutes")
    int lifetimeMinutes;

    private JWTParser parser;

    /** A verified token's account and credentials version. */
    public record Claims(UUID accountId, int credentialsVersion) {
    }

    /** A token as the API hands it out. */
    public record Issued(String token, Duration lifetime) {
    }

    @PostConstruct
    void init() {
        JWTAuthContextInfo context = new JWTAuthContextInfo(keys.publicKey(), issuer);
        context.setSignatureAlgorithm(SignatureAlgorithm.RS256);
        context.setExpGracePeriodSecs(0);
        parser = new DefaultJWTParser(context);
    }

    public Issued issue(AccountView account) {
        Instant now = Instant.now();
        Duration lifetime = Duration.ofMinutes(lifetimeMinutes);
        String token = Jwt.issuer(issuer)
                .subject(account.id().toString())
                .upn(account.email())
                .groups(account.roles().stream().map(Role::name).collect(Collectors.toSet()))
                .claim(CREDENTIALS_VERSION, account.credentialsVersion())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .jws().keyId(keys.kid())
                .sign(keys.privateKey());
        return new Issued(token, lifetime);
    }

    /** The token's claims if it is genuine, ours and unexpired; empty otherwise. */
    public Optional<Claims> verify(String token) {
        try {
            JsonWebToken jwt = parser.parse(token);
            Object claim = jwt.getClaim(CREDENTIALS_VERSION);
            Integer version = claim instanceof JsonNumber json ? Integer.valueOf(json.intValueExact())
                    : claim instanceof Number number ? Integer.valueOf(number.intValue()) : null;
            if (version == null || jwt.getSubject() == null) {
                return Optional.empty();
            }
            return Optional.of(new Claims(UUID.fromString(jwt.getSubject()), version));
        } catch (ParseException | IllegalArgumentException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
