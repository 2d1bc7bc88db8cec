#!/usr/bin/env bash
# Start PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) when they are installed but not answering.
# The python-svc machines start both before a session; this covers a machine where one has stopped.
set -u
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
ok=0
if ! port_open 5432; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  fi
  for _ in $(seq 20); do port_open 5432 && break; sleep 0.5; done
  port_open 5432 || { echo "services: PostgreSQL is not available" >&2; ok=1; }
fi
if ! port_open 6379; then
  if command -v redis-server >/dev/null 2>&1; then
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null || true
  fi
  for _ in $(seq 20); do port_open 6379 && break; sleep 0.5; done
  port_open 6379 || { echo "services: Redis is not available" >&2; ok=1; }
fi
exit $ok
