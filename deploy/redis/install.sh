#!/usr/bin/env bash
# Install Debian's redis-server when it is missing. Safe to run again.
set -euo pipefail
command -v redis-server >/dev/null && exit 0
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
echo "redis: installing Debian's redis-server"
$sudo_cmd apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends redis-server >/dev/null
