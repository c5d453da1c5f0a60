package com.stockroom.identity.domain;

/** Why a refresh token stopped working, kept for the audit trail. */
public enum RevokeReason {
  REUSE_DETECTED,
  REVOKED,
  LOGOUT,
  PASSWORD_CHANGED,
  USER_DISABLED
}
