# bash completion for tally-index and tally-search: options (read from --help, so they never
# drift), option values, files and folders, and the query fields of common/schema.hpp
# (source: event: entity: date: killed: ...). Installed as share/bash-completion/completions/
# tally-search and tally-index; or `source completion/tally.bash`.

# The query fields, as schema::kFields names them (tests/searcher checks that they agree).
_tally_fields="title: source: article: kind: event: counted: entity: published: date: killed: wounded: displaced: captured: destroyed: arrested: figure:"
_tally_events="kill wound displace capture destroy arrest"

# Options of a program, from its --help (cached per program for the shell session).
_tally_options() {
  local program=$1 var="_tally_opts_${1//-/_}"
  if [[ -z ${!var-} ]]; then
    printf -v "$var" '%s' "$("$program" --help 2>/dev/null |
      grep -Eo '^ +(-[a-zA-Z],)?--[a-z][a-z-]*' | tr ',' '\n' | tr -d ' ' | sort -u | tr '\n' ' ')"
  fi
  printf '%s' "${!var}"
}

_tally_complete() {
  local program=${COMP_WORDS[0]} prev=${COMP_WORDS[COMP_CWORD-1]}
  # The word being completed as typed, colons included (bash splits words at ':').
  local line=${COMP_LINE:0:COMP_POINT}
  local cur=${line##*[[:space:]]}
  COMPREPLY=()
  case $prev in
    --db) mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return ;;
    --batch) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); [[ -z $cur ]] && COMPREPLY+=(-); return ;;
    --format) mapfile -t COMPREPLY < <(compgen -W "text json tsv" -- "$cur"); return ;;
    --color) mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur"); return ;;
    -j|--jobs|-n|--limit|--offset|--per-source|--commit-every) return ;;
  esac
  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_tally_options "$program")" -- "$cur")
    return
  fi
  if [[ ${program##*/} == tally-index ]]; then
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    compopt -o filenames 2>/dev/null
    return
  fi
  # tally-search: query fields and, after some of them, their values.
  local words=() field=${cur%%:*}
  if [[ $cur == *:* ]]; then
    case $field in
      event) words=($_tally_events) ;;
      kind) words=(headline body) ;;
      *) return ;;
    esac
    mapfile -t COMPREPLY < <(compgen -W "${words[*]}" -- "${cur#*:}")
  else
    mapfile -t COMPREPLY < <(compgen -W "$_tally_fields" -- "$cur")
    # bash takes ':' as a word break: offer what comes after it unchanged, without a space.
    compopt -o nospace 2>/dev/null
  fi
}

complete -F _tally_complete tally-search tally-index
