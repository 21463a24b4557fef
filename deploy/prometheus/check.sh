#!/usr/bin/env bash
# Checks the Prometheus configs and alerting rules, then runs the rules' unit tests (rules_test.yml).
# promtool comes with Debian's `prometheus` package; it is installed here if missing (needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v promtool >/dev/null 2>&1; then
  echo "check: promtool not found; installing Debian's prometheus package" >&2
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "check: promtool is missing and neither root nor sudo is available" >&2
    exit 1
  fi
  # --no-install-recommends: only promtool is wanted, not the node exporter and friends.
  "${as_root[@]}" apt-get install -y --no-install-recommends prometheus >/dev/null 2>&1 \
    || { "${as_root[@]}" apt-get update >/dev/null && "${as_root[@]}" apt-get install -y --no-install-recommends prometheus; }
fi

promtool check config prometheus.yml prometheus-compose.yml
# Debian builds Prometheus without Kubernetes service discovery; a full build checks the k8s config too.
if k8s_out=$(promtool check config prometheus-k8s.yml 2>&1); then
  echo "$k8s_out"
elif grep -q "field kubernetes_sd_configs not found" <<<"$k8s_out"; then
  echo "check: skipped prometheus-k8s.yml: this promtool has no kubernetes_sd_configs (Debian build)"
else
  echo "$k8s_out" >&2
  exit 1
fi
promtool check rules rules.yml
promtool test rules rules_test.yml
