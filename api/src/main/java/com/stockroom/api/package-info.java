/** The REST application: its path, authentication method and the OpenAPI document's frame. */
package com.stockroom.api;
