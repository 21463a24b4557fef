#!/usr/bin/env bash
# Wait until the broker answers a metadata request (up to TOCSIN_KAFKA_WAIT_S seconds, default 90).
set -euo pipefail
source "$(dirname "$0")/env.sh"
deadline=$((SECONDS + ${TOCSIN_KAFKA_WAIT_S:-90}))
py="$REPO_DIR/.venv/bin/python"
[ -x "$py" ] || py=python3
until "$py" "$KAFKA_DIR/ping.py" "127.0.0.1:$KAFKA_PORT" 2>/dev/null; do
  if [ -f "$KAFKA_PID_FILE" ] && ! kill -0 "$(cat "$KAFKA_PID_FILE")" 2>/dev/null; then
    echo "kafka: broker exited during start; last log lines:" >&2; tail -n 30 "$KAFKA_LOG" >&2; exit 1
  fi
  if [ $SECONDS -ge $deadline ]; then
    echo "kafka: not ready after ${TOCSIN_KAFKA_WAIT_S:-90}s; last log lines:" >&2; tail -n 30 "$KAFKA_LOG" >&2; exit 1
  fi
  sleep 0.5
done
echo "kafka: ready on 127.0.0.1:$KAFKA_PORT"
