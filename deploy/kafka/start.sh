#!/usr/bin/env bash
# Start a single-node KRaft Kafka on 127.0.0.1:$TOCSIN_KAFKA_PORT (default 19092) and wait until it serves.
# Safe to run again: an already running broker is left alone.
set -euo pipefail
source "$(dirname "$0")/env.sh"
if [ -f "$KAFKA_PID_FILE" ] && kill -0 "$(cat "$KAFKA_PID_FILE")" 2>/dev/null; then
  exec "$KAFKA_DIR/wait.sh"
fi
"$KAFKA_DIR/fetch.sh"
mkdir -p "$KAFKA_DATA"
props="$STATE_DIR/kafka-server.properties"
sed -e "s|@PORT@|$KAFKA_PORT|g" -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" -e "s|@DATA@|$KAFKA_DATA|g" \
  "$KAFKA_DIR/server.properties.in" > "$props"
java_opts=(-Xms256m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true
  "-Dlog4j2.configurationFile=$KAFKA_DIR/log4j2.yaml" -cp "$KAFKA_LIBS/*")
# The cluster id is fixed per state folder so a restart reuses the formatted storage.
cluster_file="$STATE_DIR/kafka-cluster-id"
[ -f "$cluster_file" ] || java "${java_opts[@]}" kafka.tools.StorageTool random-uuid > "$cluster_file"
java "${java_opts[@]}" kafka.tools.StorageTool format --ignore-formatted \
  -t "$(cat "$cluster_file")" -c "$props" > "$STATE_DIR/kafka-format.log" 2>&1 \
  || { cat "$STATE_DIR/kafka-format.log"; exit 1; }
echo "kafka: starting broker on 127.0.0.1:$KAFKA_PORT (log: $KAFKA_LOG)"
nohup java "${java_opts[@]}" kafka.Kafka "$props" > "$KAFKA_LOG" 2>&1 &
echo $! > "$KAFKA_PID_FILE"
exec "$KAFKA_DIR/wait.sh"
