package com.stockroom.catalog.rest;

import com.stockroom.catalog.application.CreateProductRequest;
import com.stockroom.catalog.application.ListingRequest;
import com.stockroom.catalog.application.NewSkuRequest;
import com.stockroom.catalog.application.ProductDetails;
import com.stockroom.catalog.application.ProductPages;
import com.stockroom.catalog.application.ProductService;
import com.stockroom.catalog.application.ProductSummary;
import com.stockroom.catalog.application.ProductViews;
import com.stockroom.catalog.application.Representation;
import com.stockroom.catalog.application.SkuDetails;
import com.stockroom.catalog.domain.ProductStatus;
import com.stockroom.catalog.persistence.ListingSort;
import com.stockroom.catalog.persistence.SearchTerms;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.problem.FieldError;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ValidationProblem;
import com.stockroom.common.rest.MergePatchReader;
import com.stockroom.common.rest.OpenApiNames;
import com.stockroom.common.rest.ProblemResponses;
import com.stockroom.common.rest.QueryParams;
import com.stockroom.common.security.Caller;
import com.stockroom.common.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Products: the public listing and details, and staff edits. */
@Path("/catalog/products")
@ApplicationScoped
@Tag(name = "catalog")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

  @Inject JsonWebToken token;

  @Context SecurityContext security;

  @Inject ProductPages pages;

  @Inject ProductService products;

  @GET
  @PermitAll
  @Operation(
      summary = "List products page by page",
      description =
          "Filters combine (all must hold). The price of a product is its lowest SKU price, in"
              + " minor units; available is summed over its SKUs. Page-based reads take page and"
              + " size; every page with more after it carries `next`, a URL with an opaque `after`"
              + " cursor whose pages cost what the first does (a Link header mirrors it). Staff"
              + " also see drafts, discontinued and deleted products and may filter by status and"
              + " deletion.")
  @APIResponse(
      responseCode = "200",
      description = "A page of products",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductPage.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"items\":[{\"id\":\"42\",\"name\":\"Assam tea\",\"price\":{\"amount\":450,"
                              + "\"currency\":\"EUR\"},\"available\":17,\"brand\":{\"id\":\"3\","
                              + "\"name\":\"Leafy\"},\"categoryId\":\"7\","
                              + "\"createdAt\":\"2026-11-22T10:15:30Z\"}],\"page\":1,\"size\":20,"
                              + "\"totalItems\":1,\"totalPages\":1}")))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
  @APIResponse(
      responseCode = "400",
      description = "Invalid paging, filter or sort values (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response listProducts(
      @Parameter(description = "Category id; its sub-categories are included")
          @QueryParam("category")
          String category,
      @Parameter(description = "Brand id") @QueryParam("brand") String brand,
      @Parameter(description = "Lowest price, minor units") @QueryParam("minPrice") String minPrice,
      @Parameter(description = "Highest price, minor units") @QueryParam("maxPrice")
          String maxPrice,
      @Parameter(description = "Only products available to sell") @QueryParam("inStock")
          String inStock,
      @Parameter(description = "Words to find in name or description (as word prefixes)")
          @QueryParam("q")
          String q,
      @Parameter(
              description = "name, price_asc, price_desc or newest (default name)",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"name", "price_asc", "price_desc", "newest"}))
          @QueryParam("sort")
          String sort,
      @Parameter(description = "Staff only: DRAFT, ACTIVE or DISCONTINUED") @QueryParam("status")
          String status,
      @Parameter(description = "Staff only: true for deleted products only, false for live ones")
          @QueryParam("deleted")
          String deleted,
      @Parameter(description = "1-based page (not with after)") @QueryParam("page") String page,
      @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
      @Parameter(description = "Cursor from a previous page's next link") @QueryParam("after")
          String after,
      @Context Request request) {
    boolean staff = Requests.optionalCaller(security, token).map(Caller::isManager).orElse(false);
    QueryParams params = new QueryParams();
    Long categoryId = params.optionalLong("category", category, 1, Long.MAX_VALUE);
    Long brandId = params.optionalLong("brand", brand, 1, Long.MAX_VALUE);
    Long min = params.optionalLong("minPrice", minPrice, 0, Long.MAX_VALUE);
    Long max = params.optionalLong("maxPrice", maxPrice, 0, Long.MAX_VALUE);
    if (min != null && max != null && min > max) {
      params.reject("maxPrice", "must not be below minPrice");
    }
    Boolean inStockOnly = params.optionalBoolean("inStock", inStock);
    String text = params.optionalText("q", q, 200);
    List<String> words = SearchTerms.words(text);
    if (text != null && words.isEmpty()) {
      params.reject("q", "must contain a letter or a digit");
    } else if (words.size() > SearchTerms.MAX_WORDS) {
      params.reject("q", "must have at most " + SearchTerms.MAX_WORDS + " words");
    } else if (words.stream().anyMatch(word -> word.length() > SearchTerms.MAX_WORD_LENGTH)) {
      params.reject("q", "words must be at most " + SearchTerms.MAX_WORD_LENGTH + " characters");
    }
    ListingSort listingSort = params.optionalEnum("sort", sort, ListingSort.class);
    ProductStatus productStatus = params.optionalEnum("status", status, ProductStatus.class);
    Boolean deletedOnly = params.optionalBoolean("deleted", deleted);
    if (!staff) {
      if (status != null && !status.isBlank()) {
        params.reject("status", "only staff may filter by status");
      }
      if (deleted != null && !deleted.isBlank()) {
        params.reject("deleted", "only staff may filter by deletion");
      }
    }
    String cursor = params.optionalText("after", after, 1024);
    if (cursor != null && page != null && !page.isBlank()) {
      params.reject("page", "cannot be combined with after");
    }
    PageRequest paging = new PageRequest(1, PageRequest.DEFAULT_SIZE);
    try {
      paging = PageRequest.parse(page, size);
    } catch (ValidationProblem problem) {
      for (FieldError error : problem.errors()) {
        params.reject(error.field(), error.message());
      }
    }
    params.throwIfInvalid();

    ListingRequest listing =
        new ListingRequest(
            staff,
            categoryId,
            brandId,
            min,
            max,
            Boolean.TRUE.equals(inStockOnly),
            words,
            listingSort == null ? ListingSort.NAME : listingSort,
            productStatus,
            deletedOnly,
            paging.page(),
            paging.size(),
            cursor);
    Representation rendered = pages.listing(listing);
    Response.ResponseBuilder response = Requests.representation(rendered, request, !staff);
    if (rendered.next() != null) {
      response.links(Link.fromUri(URI.create(rendered.next())).rel("next").build());
    }
    if (cursor == null && paging.page() > 1) {
      response.links(
          Link.fromUri(URI.create(listing.pageUrl(paging.page() - 1))).rel("prev").build());
    }
    return response.build();
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Operation(
      summary = "A product with all its SKUs and their availability",
      description =
          "Customers see active, live products and their live SKUs; a deleted product is a 404"
              + " for them. Staff see everything, with status, deletedAt and version.")
  @APIResponse(
      responseCode = "200",
      description = "The product",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductDetails.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
  @APIResponse(
      responseCode = "404",
      description = "No such product (/problems/not-found)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response getProduct(@PathParam("id") String id, @Context Request request) {
    boolean staff = Requests.optionalCaller(security, token).map(Caller::isManager).orElse(false);
    long productId = Requests.id(id, "Product");
    Representation details =
        pages
            .details(productId, staff)
            .orElseThrow(() -> ProblemException.notFound("Product " + id));
    return Requests.representation(details, request, !staff).build();
  }

  @POST
  @RolesAllowed(Roles.MANAGER)
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = OpenApiNames.BEARER)
  @Operation(
      summary = "Create a product with its SKUs",
      description =
          "A product without options has exactly one SKU, without attributes; with options, each"
              + " SKU has distinct attributes. SKU codes are unique among all SKUs, deleted ones"
              + " included. initialStock is booked as a restock in the ledger.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductDetails.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(
      responseCode = "409",
      description = "A SKU code is taken (/problems/duplicate-sku)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response createProduct(@Valid @NotNull CreateProductRequest body) {
    ProductDetails created = products.create(body, Requests.caller(token));
    String json = ProductViews.json(created);
    return Response.created(URI.create("/api/catalog/products/" + created.id()))
        .entity(json)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .tag(ProductViews.etag(json))
        .build();
  }

  @PATCH
  @Path("{id}")
  @RolesAllowed(Roles.MANAGER)
  @Consumes({MergePatchReader.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @SecurityRequirement(name = OpenApiNames.BEARER)
  @Operation(
      summary = "Change a product (JSON merge patch)",
      description =
          "Members: name, description, categoryId, brandId, status. With If-Match (the ETag of"
              + " the staff view), the change applies only if the product is still as read; any"
              + " change to it or its SKUs' stock since then is a 412.")
  @APIResponse(
      responseCode = "200",
      description = "The product as changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductDetails.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid members (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such product")
  @APIResponse(
      responseCode = "412",
      description = "Changed since read (/problems/precondition-failed)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response updateProduct(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(
              description = "A JSON merge patch: absent members stay, null clears",
              content =
                  @Content(
                      mediaType = MergePatchReader.MEDIA_TYPE,
                      schema = @Schema(type = SchemaType.OBJECT)))
          @NotNull
          JsonObject body) {
    ProductDetails updated =
        products.update(Requests.id(id, "Product"), body, ifMatch, Requests.caller(token));
    String json = ProductViews.json(updated);
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(ProductViews.etag(json)).build();
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.MANAGER)
  @SecurityRequirement(name = OpenApiNames.BEARER)
  @Operation(
      summary = "Delete a product (soft)",
      description =
          "Hidden from customers at once; staff still see it with deletedAt, orders keep"
              + " referring to it, and it can be restored.")
  @APIResponse(responseCode = "204", description = "Deleted (also when it already was)")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such product")
  public Response deleteProduct(@PathParam("id") String id) {
    products.delete(Requests.id(id, "Product"), Requests.caller(token));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/restore")
  @RolesAllowed(Roles.MANAGER)
  @SecurityRequirement(name = OpenApiNames.BEARER)
  @Operation(summary = "Restore a deleted product")
  @APIResponse(
      responseCode = "200",
      description = "The product, live again",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductDetails.class)))
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such product")
  public ProductDetails restoreProduct(@PathParam("id") String id) {
    return products.restore(Requests.id(id, "Product"), Requests.caller(token));
  }

  @POST
  @Path("{id}/skus")
  @RolesAllowed(Roles.MANAGER)
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = OpenApiNames.BEARER)
  @Operation(summary = "Add a SKU (variant) to a product")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SkuDetails.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such product")
  @APIResponse(
      responseCode = "409",
      description =
          "The code is taken (/problems/duplicate-sku) or the attributes clash with another"
              + " variant's (/problems/variant-conflict)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response addSku(@PathParam("id") String id, @Valid @NotNull NewSkuRequest body) {
    SkuDetails sku = products.addSku(Requests.id(id, "Product"), body, Requests.caller(token));
    return Response.created(URI.create("/api/catalog/skus/" + sku.sku())).entity(sku).build();
  }

  /** The listing's response shape, for the OpenAPI document. */
  @Schema(name = "ProductPage")
  public record ProductPage(
      List<ProductSummary> items,
      int page,
      int size,
      long totalItems,
      int totalPages,
      @Schema(description = "URL of the next page (keyset cursor); absent on the last page")
          String next) {}
}
