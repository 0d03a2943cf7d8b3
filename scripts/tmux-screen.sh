# Sourced by scripts/screenshots and scripts/recording: drive the app in a tmux pane and wait
# for what it shows. Waits are for a condition on the captured text, never a fixed time; a
# wait that is not met in 10 s fails with the screen it saw.
#
# The caller sets `sock` (its own tmux server, `tmux -L`) and runs the app in session `shot`.

# screen: the pane's text now, without colours.
screen() { tmux -L "$sock" capture-pane -p -t shot 2>/dev/null; }

# wait_for PATTERN: polls the screen until it shows PATTERN (a grep basic regular expression).
wait_for() {
  local pattern=$1
  for _ in $(seq 1 200); do
    if screen | grep -q -- "$pattern"; then return 0; fi
    sleep 0.05
  done
  echo "$(basename "$0"): timed out waiting for '$pattern'; the screen was:" >&2
  screen >&2 || true
  return 1
}

# wait_gone PATTERN: polls the screen until it no longer shows PATTERN (a dialog closed).
wait_gone() {
  local pattern=$1
  for _ in $(seq 1 200); do
    if ! screen | grep -q -- "$pattern"; then return 0; fi
    sleep 0.05
  done
  echo "$(basename "$0"): timed out waiting for '$pattern' to go; the screen was:" >&2
  screen >&2 || true
  return 1
}

# wait_idle: the spinner and "loading" are gone (the app reports nothing in flight).
wait_idle() {
  for _ in $(seq 1 200); do
    if ! screen | grep -qE 'loading|[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]'; then return 0; fi
    sleep 0.05
  done
  echo "$(basename "$0"): timed out waiting for the app to be idle; the screen was:" >&2
  screen >&2 || true
  return 1
}

keys() { tmux -L "$sock" send-keys -t shot "$@"; }

# capture FILE: the pane with its colours (SGR sequences), as scripts/ansi2png.py reads it.
capture() { tmux -L "$sock" capture-pane -e -p -t shot > "$1"; }

command -v tmux >/dev/null 2>&1 || { echo "$(basename "$0"): needs tmux (apt-get install tmux)" >&2; exit 1; }
