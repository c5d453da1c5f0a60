package com.stockroom.admin.security;

import com.stockroom.identity.api.LoginThrottledException;
import com.stockroom.identity.api.PasswordAuthenticator;
import com.stockroom.identity.api.UserSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The login form, and logout. The password check is identity's, with the token endpoint's rules:
 * the same hashing cost for unknown e-mails, the same per-account and per-address limits, disabled
 * users refused. Only managers and brand users get in.
 */
@Named
@RequestScoped
public class LoginPage {

  private static final Logger LOG = Logger.getLogger(LoginPage.class);

  @Inject PasswordAuthenticator authenticator;
  @Inject FacesContext faces;

  @NotBlank(message = "Enter your e-mail address.")
  @Size(max = 254)
  private String email;

  @NotBlank(message = "Enter your password.")
  @Size(max = 128)
  private String password;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Optional<UserSummary> user;
    try {
      user = authenticator.authenticate(email.trim(), password, request.getRemoteAddr());
    } catch (LoginThrottledException e) {
      refuse(
          "Too many sign-in attempts for this account or from this address. Try again in "
              + e.retryAfterSeconds()
              + " seconds.");
      return;
    } finally {
      password = null;
    }
    if (user.isEmpty()) {
      refuse("Wrong e-mail address or password.");
      return;
    }
    if (!StaffMember.mayUseConsole(user.get())) {
      LOG.infof("console login refused to user %d: not staff", user.get().id());
      refuse("This console is for shop staff and brands. Customer accounts cannot sign in here.");
      return;
    }
    String wanted = StaffSession.takeWanted(request).orElse("/dashboard.xhtml");
    StaffSession.signIn(request, StaffMember.of(user.get()));
    external.redirect(external.getRequestContextPath() + safe(wanted));
  }

  public void logout() throws IOException {
    ExternalContext external = faces.getExternalContext();
    StaffSession.signOut((HttpServletRequest) external.getRequest());
    external.redirect(
        external.getRequestContextPath() + ConsoleAccessFilter.LOGIN + "?signedOut=true");
  }

  /** A path inside the console; anything else (another host, a scheme) goes to the dashboard. */
  private static String safe(String wanted) {
    return wanted.startsWith("/") && !wanted.startsWith("//") && !wanted.contains("\\")
        ? wanted
        : "/dashboard.xhtml";
  }

  private void refuse(String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
