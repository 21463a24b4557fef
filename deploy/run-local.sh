#!/usr/bin/env bash
# `make run`: start the demo feed server and every Tocsin service against the local Kafka and Redis, then follow
# alerts in this terminal. Ctrl-C stops everything this script started: the services first, then Kafka and Redis
# if it started them.
set -uo pipefail
cd "$(dirname "$0")/.."
STATE=.state/run
mkdir -p "$STATE"
DEMO_PORT=${TOCSIN_DEMO_PORT:-18080}
KAFKA_PORT=${TOCSIN_KAFKA_PORT:-19092}
REDIS_PORT=${TOCSIN_REDIS_PORT:-16379}
export TOCSIN_KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT"
export TOCSIN_REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# Start Kafka and Redis unless they already run; only what this script started is stopped at the end.
started=()
port_open "$KAFKA_PORT" || { bash deploy/kafka/start.sh || exit 1; started+=(kafka); }
port_open "$REDIS_PORT" || { bash deploy/redis/start.sh || exit 1; started+=(redis); }
cat > "$STATE/feeds.toml" <<TOML
[[feeds]]
feed_id = "demo-world"
url = "http://127.0.0.1:$DEMO_PORT/feeds/world.xml"
title = "Demo World Desk"
interval_s = 60

[[feeds]]
feed_id = "demo-wire"
url = "http://127.0.0.1:$DEMO_PORT/feeds/wire.xml"
title = "Demo Wire"
interval_s = 60
TOML
export TOCSIN_POLLER_FEEDS_FILE="$PWD/$STATE/feeds.toml"
export TOCSIN_POLLER_ALLOW_NETWORKS="127.0.0.0/8"   # the demo feeds are on loopback
export TOCSIN_DATA_DIR="$PWD/$STATE/processor"
pids=()
stop_all() {
  # Ignore further Ctrl-C / SIGTERM while cleaning up (a terminal delivers Ctrl-C to every process of the group,
  # often twice): with the default action a second signal would end this script before Kafka and Redis stop.
  trap '' INT TERM
  trap - EXIT
  echo; echo "run: stopping services"
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
  for server in "${started[@]}"; do bash "deploy/$server/stop.sh"; done
  exit 0
}
trap stop_all INT TERM EXIT
.venv/bin/tocsin demo-feeds --port "$DEMO_PORT" > "$STATE/demo-feeds.log" 2>&1 & pids+=($!)
.venv/bin/tocsin alerter > "$STATE/alerter.log" 2>&1 & pids+=($!)
.venv/bin/tocsin processor > "$STATE/processor.log" 2>&1 & pids+=($!)
.venv/bin/tocsin poller > "$STATE/poller.log" 2>&1 & pids+=($!)
echo "run: services started (logs in $STATE/); metrics on 127.0.0.1:9101 (poller), :9102 (processor), :9103 (alerter)"
.venv/bin/tocsin subscribe --replay 20 &
pids+=($!)
wait
