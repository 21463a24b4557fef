# Shared settings for the Redis scripts; sourced, not run.
REDIS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$REDIS_DIR/../.." && pwd)"
STATE_DIR="${TOCSIN_STATE_DIR:-$REPO_DIR/.state}"
REDIS_PORT="${TOCSIN_REDIS_PORT:-16379}"
REDIS_DATA="$STATE_DIR/redis-data"
REDIS_PID_FILE="$STATE_DIR/redis.pid"
REDIS_LOG="$STATE_DIR/redis.log"
