# Sourced by the scorer tests (tests/score_*.sh): compares a score with its bar.
# check NAME VALUE BAR: prints a FAIL line and sets status=1 when VALUE is below BAR.
status=0
check() {
  if awk -v v="$2" -v b="$3" 'BEGIN { exit !(v + 0 < b + 0) }'; then
    echo "FAIL: $1 $2 is below $3"
    status=1
  fi
}
