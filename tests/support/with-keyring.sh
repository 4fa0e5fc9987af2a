#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with a private D-Bus session bus and a real gnome-keyring Secret Service on it,
# unlocked with a fixed test password, in a throw-away HOME, so keychain tests use the real thing and
# never touch the user's keyring. Usage: with-keyring.sh COMMAND [ARG]...
set -eu
if [ -z "${TOKENSCOPE_IN_KEYRING_SESSION:-}" ]; then
    export TOKENSCOPE_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/tokenscope-keyring.XXXXXX")
trap 'kill "${keyring_pid:-0}" 2>/dev/null || true; rm -rf "$keyring_home"' EXIT INT TERM
export HOME="$keyring_home"
export XDG_DATA_HOME="$keyring_home/data" XDG_CONFIG_HOME="$keyring_home/config" \
       XDG_CACHE_HOME="$keyring_home/cache" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# --unlock reads the login keyring's password from stdin (a fixed test one); --foreground keeps it ours.
printf 'tokenscope-test' | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
keyring_pid=$!
# Wait (bounded) until the Secret Service name is on the bus.
i=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.GetNameOwner \
        string:org.freedesktop.secrets >/dev/null 2>&1; do
    i=$((i + 1))
    if [ "$i" -gt 100 ]; then
        echo "with-keyring.sh: gnome-keyring did not come up on the session bus" >&2
        exit 1
    fi
    sleep 0.05
done
"$@"
