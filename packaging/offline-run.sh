#!/usr/bin/env bash
# Runs a command with no network at all: in a new network namespace with only a loopback
# that is down (unshare -n, as root, or -rn as a user). Fails if no namespace can be made,
# rather than silently running with the network. Usage: packaging/offline-run.sh CMD [ARGS...]
set -euo pipefail
if [ "$(id -u)" -eq 0 ] && unshare -n true 2>/dev/null; then
  exec unshare -n "$@"
elif unshare -rn true 2>/dev/null; then
  exec unshare -rn "$@"
fi
echo "offline-run: cannot create a network namespace here (unshare -n); not running $1" >&2
exit 3
