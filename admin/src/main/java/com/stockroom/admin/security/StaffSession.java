package com.stockroom.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Where a console session keeps who signed in, and the page they asked for before the login.
 * Signing in changes the session id (no fixation); signing out ends the session.
 */
final class StaffSession {

  private static final String MEMBER = StaffMember.class.getName();
  private static final String WANTED = StaffSession.class.getName() + ".wanted";

  private StaffSession() {}

  static Optional<StaffMember> current(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(MEMBER) instanceof StaffMember member
        ? Optional.of(member)
        : Optional.empty();
  }

  static void signIn(HttpServletRequest request, StaffMember member) {
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(MEMBER, member);
  }

  static void signOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /** Remembers the page a signed-out visitor asked for, to go there after the login. */
  static void rememberWanted(HttpServletRequest request, String path) {
    request.getSession(true).setAttribute(WANTED, path);
  }

  /** The remembered page, once. */
  static Optional<String> takeWanted(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(WANTED) instanceof String wanted)) {
      return Optional.empty();
    }
    session.removeAttribute(WANTED);
    return Optional.of(wanted);
  }
}
