/**
 * The console's pages: request- and view-scoped backing beans that call the modules' api interfaces
 * with the signed-in caller and turn their problems into messages next to the fields.
 */
package com.stockroom.admin.web;
