package com.stockroom.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What {@code GET /api/status} answers: which service this is and which build. */
@Schema(name = "ServiceStatus")
public record ServiceStatus(
    @Schema(example = "stockroom") String service,
    @Schema(description = "The build's version", example = "1.0.0") String version) {}
