#!/usr/bin/env bash
# The interactive session driven through tmux as a person would: type a query, page, open a
# result, filter, cancel a line with Ctrl-C, recall history, quit; the screen is read back with
# capture-pane. Then the same session in plain mode (TERM=dumb, and -i with stdin a pipe).
# Usage: session_test.sh TALLY_INDEX TALLY_SEARCH CORPUS_DIR   (exit 77: skipped, no tmux)
set -euo pipefail

index=$1 search=$2 corpus=$3
if ! command -v tmux >/dev/null; then
  echo "SKIPPED: tmux is not installed (scripts/install-deps.sh installs it)"
  exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tally-session-XXXXXX")
sock="$tmp/tmux.sock"
cleanup() {
  [ -S "$sock" ] && tmux -S "$sock" kill-server 2>/dev/null
  rm -rf -- "$tmp"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*" >&2
  echo "---- screen ----" >&2
  tmux -S "$sock" capture-pane -p -t t >&2 || true
  exit 1
}
screen() { tmux -S "$sock" capture-pane -p -J -t t; }
keys() { tmux -S "$sock" send-keys -t t "$@"; }
# Waits (up to 10 s) until the screen matches the extended regex $1.
wait_for() {
  for _ in $(seq 100); do
    screen | grep -Eq -- "$1" && return 0
    sleep 0.1
  done
  fail "the screen never showed /$1/"
}
# The last non-empty line of the screen.
last_line() { screen | sed '/^$/d' | tail -n 1; }
sessions=0
start() {  # start TERM: a session in a 100x40 terminal, on a tmux server of its own
  tmux -S "$sock" kill-server 2>/dev/null || true
  sessions=$((sessions + 1))
  sock="$tmp/tmux$sessions.sock"
  tmux -S "$sock" -f /dev/null new-session -d -s t -x 100 -y 40 \
    "env TERM=$1 LANG=C.UTF-8 XDG_STATE_HOME='$tmp/state' '$search' --db '$tmp/db'; \
     echo \"[exit \$?]\"; sleep 30"
}

"$index" --db "$tmp/db" "$corpus" >/dev/null
prompt='tally [^ ]+/db \(5 articles\)> '

# ---- a person at a terminal --------------------------------------------------------------
start xterm-256color
wait_for "Type a query, or :help"
wait_for "$prompt\$"

keys 'soldier deaths Feb 27' Enter
wait_for '^results 1–[0-9]+ of about [0-9]+ · :more for the next page · :open N to read one$'
s=$(screen)
grep -q '^kill · Turkish soldiers · 2020-02-27' <<<"$s" || fail "no answer table on top"
grep -Eq '^  1\. [A-Za-z]+  2020-02-2[78]  [0-9a-f_]+ #[0-9]+' <<<"$s" || fail "no result 1"
[ "$(grep -n '^kill · ' <<<"$s" | head -1 | cut -d: -f1)" -lt \
  "$(grep -n '^  1\. ' <<<"$s" | cut -d: -f1)" ] || fail "the answer table is not above the results"
# the page fits the terminal: the table's heading is still on screen with the footer and prompt
[[ "$(last_line)" =~ $prompt$ ]] || fail "no prompt after the results"
first_page_last=$(grep -Eo '^results 1–[0-9]+' <<<"$s" | grep -Eo '[0-9]+$')

keys ':more' Enter
wait_for "^results $((first_page_last + 1))–[0-9]+ of about"
screen | grep -Eq "^ +$((first_page_last + 1))\. " || fail "page 2 does not start at result $((first_page_last + 1))"

keys 'clear' Enter  # a query again: "clear" is a word, not the :clear command
wait_for '^(results 1–|no passage matches "clear")'
keys 'soldier deaths Feb 27' Enter
wait_for '^results 1–'
keys ':open 1' Enter
wait_for '(passages · :more for the rest\)|\(end of the article\))$'
s=$(screen)
grep -Eq '^[A-Za-z]+ · 2020-02-2[78] · [0-9a-f_]+$' <<<"$s" || fail ":open has no heading"
focus=$(grep -Eo 'passages, [0-9]+ figures?; the result is #[0-9]+, marked >$' <<<"$s" |
        grep -Eo '#[0-9]+') || fail ":open does not say which passage is the result's"
grep -Eq '^      \* [0-9,]+ (exact|at least|about|nearly|more than|up to|less than|vague) · ' <<<"$s" \
  || fail ":open does not list the figures"
for _ in $(seq 20); do  # page to the end of the article
  screen | grep -q '(end of the article)$' && break
  keys ':more' Enter
  sleep 0.3
done
wait_for '^\(end of the article\)$'
tmux -S "$sock" capture-pane -p -J -S - -t t | grep -Eq "^> $focus( |\$)" ||
  fail ":open does not flag passage $focus with >"

keys ':filter source:AP' Enter
wait_for "^tally [^ ]+/db \(5 articles\) source:AP> \$"
s=$(screen)
grep -q '^filter source:AP kept until :clear' <<<"$s" || fail ":filter did not say what it did"
results=$(sed -n '/^filter source:AP kept/,$p' <<<"$s" | grep -E '^ +[0-9]+\. ' || true)
[ -n "$results" ] || fail "no results after :filter"
if grep -Ev '^ +[0-9]+\. AP  ' <<<"$results"; then fail "a result of another source after :filter source:AP"; fi

keys ':sources' Enter
wait_for '^sources: ap [0-9]+$'

keys ':bogus' Enter
wait_for '^  hint: :help lists the commands$'

# Ctrl-C cancels the line being typed, and the history is still there (Up recalls it).
keys 'half typed query'
wait_for 'source:AP> half typed query$'
keys C-c
wait_for 'source:AP> half typed query\^C$'
[[ "$(last_line)" =~ source:AP\>\ ?$ ]] || fail "no fresh prompt after Ctrl-C"
keys Up
wait_for 'source:AP> :bogus$'
keys C-c
wait_for 'source:AP> :bogus\^C$'
keys ':clear' Enter
wait_for '^filters cleared$'
wait_for "$prompt\$"

keys ':quit' Enter
wait_for '^\[exit 0\]$'
history="$tmp/state/tally/history"
[ -f "$history" ] || fail "no history file at \$XDG_STATE_HOME/tally/history"
for line in 'soldier deaths Feb 27' ':more' ':open 1' ':filter source:AP' ':quit'; do
  grep -qxF -- "$line" "$history" || fail "history lacks '$line'"
done
if grep -q 'half typed' "$history"; then fail "a cancelled line went into the history"; fi
[ "$(stat -c %a "$history")" = 600 ] || fail "the history file is not private"

# A new session remembers; Ctrl-D leaves.
start xterm-256color
wait_for "$prompt\$"
keys Up
wait_for "$prompt:quit\$"
keys Up
wait_for "$prompt:clear\$"
keys C-c
wait_for "$prompt:clear\\^C\$"
keys C-d
wait_for '^\[exit 0\]$'

# ---- a dumb terminal: plain lines, no escape codes ---------------------------------------
start dumb
wait_for "$prompt\$"
keys 'idlib' Enter
wait_for '^results 1–10 of about'
keys ':open 2' Enter
wait_for '\(end of the article\)$'
keys ':quit' Enter
wait_for '^\[exit 0\]$'
if tmux -S "$sock" capture-pane -p -e -S - -t t | grep -q $'\x1b'; then
  fail "escape codes on a dumb terminal"
fi
screen | grep -Eq '\[\[[^]]+\]\]' || fail "no figure marked with [[ ]] in plain mode"

# ---- -i with stdin a pipe: no prompt, no escape codes, exit 2 when a query failed ---------------
out=$(printf 'idlib\n:more\n:open 1\n"unclosed\n:quit\nnot run\n' |
      XDG_STATE_HOME="$tmp/state" "$search" --db "$tmp/db" -i 2>"$tmp/err") && status=0 || status=$?
[ "$status" = 2 ] || fail "piped session: exit $status, want 2 (a query failed)"
grep -q $'\x1b' <<<"$out" && fail "escape codes when stdin is a pipe"
grep -q '^results 1–10 of about' <<<"$out" || fail "piped session: no first page"
grep -q '^results 11–20 of about' <<<"$out" || fail "piped session: :more did not page"
grep -q '^(end of the article)$' <<<"$out" || fail "piped session: :open printed no article"
grep -q 'tally .*> ' <<<"$out" && fail "piped session printed a prompt"
grep -q '^error: malformed query' "$tmp/err" || fail "piped session: no error for the bad query"
grep -q 'not run' <<<"$out" && fail "lines after :quit were run"

# without -i, a pipe and no query is a mistake, not a session
status=0
echo idlib | "$search" --db "$tmp/db" 2>"$tmp/err" >/dev/null || status=$?
[ "$status" = 2 ] && grep -q '^tally-search: no query$' "$tmp/err" ||
  fail "no query on a pipe without -i: exit $status, $(cat "$tmp/err")"

echo "PASS: session through tmux, dumb terminal and pipe"
