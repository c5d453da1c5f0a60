package com.stockroom.identity.rest;

import com.stockroom.identity.application.SigningKeys;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public keys access tokens are verified with (RFC 7517), for integrators and gateways. */
@Path("identity/jwks")
@ApplicationScoped
@Tag(name = "identity")
public class JwksResource {

  @Inject SigningKeys keys;

  @GET
  @PermitAll
  @Produces({MediaType.APPLICATION_JSON, "application/jwk-set+json"})
  @Operation(
      summary = "Token verification keys (JWKS)",
      description =
          "Every key a valid access token may be signed with: the current one first, then keys"
              + " of previous rotations whose tokens may still be in use.")
  @APIResponse(responseCode = "200", description = "The JWK set")
  public Response jwks() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(keys.publicJwks()).cacheControl(cache).build();
  }
}
