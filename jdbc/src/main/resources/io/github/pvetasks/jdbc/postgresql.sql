-- pve-tasks durable watches on PostgreSQL: the watch table, and the table of its own db-scheduler (db-scheduler's
-- standard columns, under a name of its own so that it never meets a db-scheduler the service runs itself).
-- Run it with your migration tool (Flyway, Liquibase), or let DurableSchema.create do it.
-- Times in pve_tasks_watch are epoch milliseconds (UTC).

CREATE TABLE pve_tasks_watch (
  upid VARCHAR(256) NOT NULL PRIMARY KEY,
  server_name VARCHAR(100) NOT NULL,
  node VARCHAR(100) NOT NULL,
  handler VARCHAR(100) NOT NULL,
  payload VARCHAR(4000) NOT NULL,
  policy VARCHAR(1000) NOT NULL,
  recorded_at BIGINT NOT NULL,
  deadline BIGINT NOT NULL,
  state VARCHAR(10) NOT NULL,
  version BIGINT NOT NULL,
  outcome VARCHAR(10),
  exit_status VARCHAR(1000),
  ended_at BIGINT,
  failure VARCHAR(1000),
  delivered_at BIGINT,
  delivery_attempts INT NOT NULL,
  next_delivery_at BIGINT NOT NULL
);
CREATE INDEX pve_tasks_watch_node_idx ON pve_tasks_watch (server_name, node, state);
CREATE INDEX pve_tasks_watch_state_idx ON pve_tasks_watch (state, delivered_at);

CREATE TABLE pve_tasks_scheduled (
  task_name TEXT NOT NULL,
  task_instance TEXT NOT NULL,
  task_data BYTEA,
  execution_time TIMESTAMP WITH TIME ZONE NOT NULL,
  picked BOOLEAN NOT NULL,
  picked_by TEXT,
  last_success TIMESTAMP WITH TIME ZONE,
  last_failure TIMESTAMP WITH TIME ZONE,
  consecutive_failures INT,
  last_heartbeat TIMESTAMP WITH TIME ZONE,
  version BIGINT NOT NULL,
  priority SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX pve_tasks_scheduled_time_idx ON pve_tasks_scheduled (execution_time);
CREATE INDEX pve_tasks_scheduled_heartbeat_idx ON pve_tasks_scheduled (last_heartbeat);
CREATE INDEX pve_tasks_scheduled_priority_idx ON pve_tasks_scheduled (priority DESC, execution_time ASC);
