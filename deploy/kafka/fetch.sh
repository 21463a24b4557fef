#!/usr/bin/env bash
# Resolve the Kafka broker jars (pinned in pom.xml) from Maven Central into a cache folder. Safe to run again.
set -euo pipefail
source "$(dirname "$0")/env.sh"
stamp="$KAFKA_LIBS/.pom.sha256"
want=$(sha256sum "$KAFKA_DIR/pom.xml" | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
rm -rf "$KAFKA_LIBS"
mkdir -p "$KAFKA_LIBS"
echo "kafka: resolving broker jars from Maven Central into $KAFKA_LIBS"
mvn -q -B -f "$KAFKA_DIR/pom.xml" dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$KAFKA_LIBS"
echo "$want" > "$stamp"
