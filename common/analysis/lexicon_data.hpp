#pragma once
// The lexicon files of common/analysis/lexicons/, compiled into the binary at build time
// (cmake/embed.cmake): lexicons/NAME.tsv is tally::data::lexicon_NAME(). Declare each here.
// Format of every file: UTF-8, one entry per line, tab-separated columns, '#' starts a comment.

#include <string_view>

namespace tally::data {

std::string_view lexicon_gazetteer();  // lexicons/gazetteer.tsv: canonical name, kind, aliases
std::string_view lexicon_events();      // lexicons/events.tsv: surface word or phrase, event, role
std::string_view lexicon_qualifiers();  // lexicons/qualifiers.tsv: phrase, qualifier name
std::string_view lexicon_people();      // lexicons/people.tsv: people noun, its singular, mark
std::string_view lexicon_units();       // lexicons/units.tsv: word, kind (duration, money, ...)
std::string_view lexicon_incidents();   // lexicons/incidents.tsv: incident word, incident name
// Word lists (lexicon_word_list() in lexicon_rows.hpp): word, list name.
std::string_view lexicon_reporting();      // lexicons/reporting.tsv: speech verbs, speaker nouns
std::string_view lexicon_titles();         // lexicons/titles.tsv: titles before names
std::string_view lexicon_organisations();  // lexicons/organisations.tsv: organisation words
std::string_view lexicon_names();          // lexicons/names.tsv: words in and around names
std::string_view lexicon_numbers();        // lexicons/numbers.tsv: number words
std::string_view lexicon_changes();        // lexicons/changes.tsv: verbs of change, forecasts
std::string_view lexicon_conflicts();      // lexicons/conflicts.tsv: running conflicts, starts
std::string_view lexicon_domains();        // lexicons/domains.tsv: jobs, votes, seats, kidnaps
std::string_view lexicon_holidays();       // lexicons/holidays.tsv: named days and their rules
std::string_view lexicon_prepositions();   // lexicons/prepositions.tsv: words before "over" ...

}  // namespace tally::data
