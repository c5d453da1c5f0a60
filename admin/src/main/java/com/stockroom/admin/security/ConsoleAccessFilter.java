package com.stockroom.admin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * No console page without a signed-in staff member: a visitor without one is sent to the login page
 * (and, for a page they asked for by GET, back to it afterwards); a brand user asking for a
 * manager's page gets 403. The services check the caller again, whatever the page.
 *
 * <p>The console does not use a Jakarta Security mechanism: the EAR's MicroProfile JWT mechanism is
 * a CDI bean visible to every module, and Jakarta Security 3 allows one mechanism per deployment (a
 * second makes every request of both web modules fail as ambiguous).
 */
public class ConsoleAccessFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String LOGIN = "/login.xhtml";

  private static final Set<String> OPEN = Set.of(LOGIN, "/error.xhtml");
  private static final String RESOURCES = "/jakarta.faces.resource/";
  private static final Set<String> MANAGER_PAGES =
      Set.of(
          "/customers.xhtml",
          "/notifications.xhtml",
          "/orders.xhtml",
          "/order.xhtml",
          "/products.xhtml",
          "/product.xhtml");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (OPEN.contains(path) || path.startsWith(RESOURCES)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<StaffMember> member = StaffSession.current(request);
    if (member.isEmpty()) {
      if ("GET".equals(request.getMethod())) {
        String query = request.getQueryString();
        StaffSession.rememberWanted(request, path + (query == null ? "" : "?" + query));
      }
      response.sendRedirect(
          request.getContextPath()
              + LOGIN
              + ("GET".equals(request.getMethod()) ? "" : "?expired=true"));
      return;
    }
    if (MANAGER_PAGES.contains(path) && !member.get().isManager()) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }
}
