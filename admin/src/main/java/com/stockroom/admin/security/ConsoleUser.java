package com.stockroom.admin.security;

import com.stockroom.common.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The signed-in staff member for the pages: the {@link Caller} every service call is made for, and
 * what the layout shows (name, which pages). {@link ConsoleAccessFilter} lets no page render
 * without one.
 */
@Named
@RequestScoped
public class ConsoleUser {

  @Inject HttpServletRequest request;

  private StaffMember member;

  @PostConstruct
  void read() {
    member = StaffSession.current(request).orElse(null);
  }

  public boolean isSignedIn() {
    return member != null;
  }

  public Caller caller() {
    if (member == null) {
      throw new IllegalStateException("no staff member signed in to this session");
    }
    return member.caller();
  }

  public boolean isManager() {
    return member != null && member.isManager();
  }

  public boolean isBrand() {
    return member != null && !member.isManager();
  }

  public String getFullName() {
    return member == null ? "" : member.fullName();
  }

  public String getEmail() {
    return member == null ? "" : member.email();
  }

  public Long getBrandId() {
    return member == null ? null : member.brandId();
  }

  public String getRoleLabel() {
    return isManager() ? "Manager" : "Brand " + getBrandId();
  }
}
