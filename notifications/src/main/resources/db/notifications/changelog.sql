--liquibase formatted sql
-- The notifications schema. Liquibase creates the schema itself before reading this file.

--changeset notifications:1
-- Webhook subscriptions registered by managers. The secret signs every POST, so it is kept as
-- issued; it is shown once, when the subscription is created.
CREATE SEQUENCE webhook_subscription_seq INCREMENT BY 10;
CREATE TABLE webhook_subscription (
  id           bigint PRIMARY KEY,
  url          varchar(2000) NOT NULL,
  description  varchar(200),
  secret       varchar(100) NOT NULL,
  status       varchar(16) NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED')),
  dead_streak  integer NOT NULL CHECK (dead_streak >= 0),
  paused_at    timestamptz,
  pause_reason varchar(200),
  created_at   timestamptz NOT NULL,
  created_by   varchar(64) NOT NULL,
  updated_at   timestamptz NOT NULL,
  deleted_at   timestamptz,
  version      bigint NOT NULL
);
CREATE TABLE webhook_subscription_event_type (
  subscription_id bigint NOT NULL REFERENCES webhook_subscription (id),
  event_type      varchar(64) NOT NULL,
  PRIMARY KEY (subscription_id, event_type)
);
CREATE INDEX webhook_subscription_event_type_by_type ON webhook_subscription_event_type (event_type);

-- The outbox: one row per published event, written in the publisher's transaction. The
-- dispatcher fans each row out into deliveries once (fanned_out_at), then delivers those.
CREATE TABLE outbox_event (
  id               uuid PRIMARY KEY,
  type             varchar(64) NOT NULL,
  subject          varchar(200) NOT NULL,
  payload          text NOT NULL,
  recipient_emails text NOT NULL,
  staff            boolean NOT NULL,
  subscription_id  bigint REFERENCES webhook_subscription (id),
  occurred_at      timestamptz NOT NULL,
  fanned_out_at    timestamptz
);
CREATE INDEX outbox_event_not_fanned_out ON outbox_event (occurred_at) WHERE fanned_out_at IS NULL;

-- One message to one recipient (an e-mail address or a webhook subscription). While a node
-- sends it, claim_token is that node's claim and due_at the end of its lease.
CREATE SEQUENCE delivery_seq INCREMENT BY 50;
CREATE TABLE delivery (
  id               bigint PRIMARY KEY,
  event_id         uuid NOT NULL REFERENCES outbox_event (id),
  event_type       varchar(64) NOT NULL,
  channel          varchar(16) NOT NULL CHECK (channel IN ('EMAIL', 'WEBHOOK')),
  recipient        varchar(2000) NOT NULL,
  subscription_id  bigint REFERENCES webhook_subscription (id),
  status           varchar(20) NOT NULL
                   CHECK (status IN ('PENDING', 'RETRYING', 'DELIVERED', 'DELIVERED_TO_LOG', 'DEAD')),
  attempts         integer NOT NULL CHECK (attempts >= 0),
  cycle_attempts   integer NOT NULL CHECK (cycle_attempts >= 0),
  due_at           timestamptz NOT NULL,
  claim_token      uuid,
  last_attempt_at  timestamptz,
  last_status_code integer,
  last_error       varchar(1000),
  delivered_at     timestamptz,
  created_at       timestamptz NOT NULL,
  version          bigint NOT NULL,
  CONSTRAINT delivery_webhook_has_subscription CHECK ((channel = 'WEBHOOK') = (subscription_id IS NOT NULL))
);
CREATE UNIQUE INDEX delivery_once_per_address ON delivery (event_id, lower(recipient)) WHERE channel = 'EMAIL';
CREATE UNIQUE INDEX delivery_once_per_subscription ON delivery (event_id, subscription_id) WHERE channel = 'WEBHOOK';
CREATE INDEX delivery_due ON delivery (due_at) WHERE status IN ('PENDING', 'RETRYING');
CREATE INDEX delivery_newest ON delivery (created_at DESC, id DESC);
CREATE INDEX delivery_by_status ON delivery (status, created_at DESC);
CREATE INDEX delivery_by_event ON delivery (event_id);
CREATE INDEX delivery_by_subscription ON delivery (subscription_id, status);

-- Every attempt, as it happened.
CREATE SEQUENCE delivery_attempt_seq INCREMENT BY 50;
CREATE TABLE delivery_attempt (
  id           bigint PRIMARY KEY,
  delivery_id  bigint NOT NULL REFERENCES delivery (id),
  number       integer NOT NULL,
  attempted_at timestamptz NOT NULL,
  duration_ms  integer NOT NULL,
  node         varchar(100) NOT NULL,
  outcome      varchar(20) NOT NULL CHECK (outcome IN ('DELIVERED', 'DELIVERED_TO_LOG', 'FAILED')),
  status_code  integer,
  error        varchar(1000)
);
CREATE INDEX delivery_attempt_by_delivery ON delivery_attempt (delivery_id, number);
