#!/usr/bin/env bash
# Stop the redis-server started by start.sh (SHUTDOWN flushes the AOF).
set -euo pipefail
source "$(dirname "$0")/env.sh"
redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown >/dev/null 2>&1 && echo "redis: stopped" || true
rm -f "$REDIS_PID_FILE"
