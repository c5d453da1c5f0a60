package com.stockroom.api;

import io.smallrye.jwt.auth.mechanism.JWTHttpAuthenticationMechanism;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

/**
 * SmallRye's MP-JWT mechanism, declared in this web module so that its parser is resolved here, to
 * {@link CachingJwtParser}. SmallRye's own bean lives in WildFly's module, whose beans do not see
 * this deployment's alternatives; Jakarta Security looks the mechanism up from this module and
 * picks this one.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class CachingJwtMechanism extends JWTHttpAuthenticationMechanism {}
