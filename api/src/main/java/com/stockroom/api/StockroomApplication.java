package com.stockroom.api;

import com.stockroom.common.rest.OpenApiNames;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The one JAX-RS application. It lists no classes: WildFly finds the resources and providers in the
 * modules' jars by scanning, and OpenAPI documents all of them. Keep it the only one.
 */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Stockroom API",
            version = "1.0",
            description =
                "Shop back end for the mobile app, integrators and staff tools. Money is integer"
                    + " minor units with an ISO currency; ids are strings; errors are RFC 9457"
                    + " application/problem+json; every response carries X-Request-ID."),
    tags = {
      @Tag(name = "identity", description = "Accounts and tokens"),
      @Tag(name = "catalog", description = "Products, stock and alerts"),
      @Tag(name = "orders", description = "Carts, orders and their workflow"),
      @Tag(name = "notifications", description = "Webhooks and deliveries"),
      @Tag(name = "platform", description = "Service information")
    })
@SecurityScheme(
    securitySchemeName = OpenApiNames.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "Access token from POST /api/identity/token")
public class StockroomApplication extends Application {}
