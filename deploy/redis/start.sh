#!/usr/bin/env bash
# Start redis-server on 127.0.0.1:$TOCSIN_REDIS_PORT (default 16379) with AOF (appendfsync everysec); wait for PING.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$REDIS_DIR/install.sh"
mkdir -p "$REDIS_DATA"
if ! redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
  echo "redis: starting on 127.0.0.1:$REDIS_PORT (log: $REDIS_LOG)"
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$REDIS_DATA" \
    --appendonly yes --appendfsync everysec --save "" --protected-mode yes \
    --daemonize yes --pidfile "$REDIS_PID_FILE" --logfile "$REDIS_LOG"
fi
for _ in $(seq 100); do
  if redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    echo "redis: ready on 127.0.0.1:$REDIS_PORT"; exit 0
  fi
  sleep 0.1
done
echo "redis: not ready after 10s" >&2; tail -n 20 "$REDIS_LOG" >&2; exit 1
