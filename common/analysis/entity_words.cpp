#include "common/analysis/entity_words.hpp"

#include "common/analysis/date_words.hpp"
#include "common/analysis/word_set.hpp"

#include <algorithm>
#include <array>

namespace tally::entity_words {
namespace {


template <std::size_t N>
constexpr bool
is_sorted_list(const std::array<std::string_view, N>& list) {
  for (std::size_t i = 1; i < N; ++i) {
    if (!(list[i - 1] < list[i])) {
      return false;
    }
  }
  return true;
}

constexpr auto kTitles =
    std::to_array<std::string_view>({"Adm",          "Admiral",      "Adviser",
                                     "Advisor",      "Ambassador",   "Archbishop",
                                     "Ayatollah",    "Bishop",       "Brig",
                                     "Capt",         "Captain",      "Chairman",
                                     "Chairwoman",   "Chancellor",   "Chief",
                                     "Coach",        "Col",          "Colonel",
                                     "Commander",    "Commissioner", "Cpl",
                                     "Deputy",       "Director",     "Dr",
                                     "Emir",         "Envoy",        "Gen",
                                     "General",      "Gov",          "Governor",
                                     "Head",         "Imam",         "Judge",
                                     "Justice",      "King",         "Leader",
                                     "Lt",           "Maj",          "Major",
                                     "Mayor",        "Minister",     "Mr",
                                     "Mrs",          "Ms",           "Pope",
                                     "President",    "Prime",        "Prince",
                                     "Princess",     "Prof",         "Professor",
                                     "Queen",        "Rep",          "Representative",
                                     "Rev",          "Secretary",    "Secretary-General",
                                     "Sen",          "Senator",      "Sgt",
                                     "Sheikh",       "Speaker",      "Spokesman",
                                     "Spokesperson", "Spokeswoman",  "Superintendent",
                                     "Vice"});

constexpr auto kLowerTitles = std::to_array<std::string_view>(
    {"adviser",  "advisor",    "ambassador",    "analyst",    "chairman",   "chief",
     "coach",    "commander",  "correspondent", "director",   "envoy",      "governor",
     "head",     "journalist", "lawmaker",      "leader",     "manager",    "mayor",
     "minister", "officer",    "president",     "prosecutor", "researcher", "secretary",
     "senator",  "spokesman",  "spokesperson",  "spokeswoman"});

constexpr auto kOrganisationCues =
    std::to_array<std::string_view>({"Academy",      "Administration",
                                     "Agency",       "Airlines",
                                     "Airways",      "Alliance",
                                     "Army",         "Assembly",
                                     "Association",  "Authority",
                                     "Bank",         "Board",
                                     "Brigade",      "Brigades",
                                     "Bureau",       "Center",
                                     "Centre",       "Church",
                                     "Club",         "Co",
                                     "Coalition",    "College",
                                     "Command",      "Commission",
                                     "Committee",    "Company",
                                     "Corp",         "Corporation",
                                     "Council",      "Court",
                                     "Department",   "FC",
                                     "Federation",   "Force",
                                     "Forces",       "Foundation",
                                     "Front",        "Fund",
                                     "Group",        "Guard",
                                     "Holdings",     "Hospital",
                                     "Inc",          "Institute",
                                     "Journal",      "LLC",
                                     "League",       "Ltd",
                                     "Media",        "Ministry",
                                     "Movement",     "Navy",
                                     "Network",      "News",
                                     "Observatory",  "Office",
                                     "Organisation", "Organization",
                                     "Parliament",   "Party",
                                     "Police",       "Post",
                                     "Press",        "Program",
                                     "Programme",    "Railways",
                                     "Regiment",     "School",
                                     "Service",      "Services",
                                     "Society",      "Times",
                                     "Tribune",      "Union",
                                     "United",       "University",
                                     "plc"});

constexpr auto kPlaceCues = std::to_array<std::string_view>(
    {"city", "county", "district", "governorate", "island", "neighborhood", "neighbourhood",
     "prefecture", "province", "region", "state", "town", "village"});

constexpr auto kParticles =
    std::to_array<std::string_view>({"al", "bin", "bint", "da", "de", "del", "della", "der", "di",
                                     "dos", "du", "el", "ibn", "la", "le", "van", "von"});

constexpr auto kConnectors = std::to_array<std::string_view>({"and", "for", "of", "on", "the"});

constexpr auto kSpeechVerbs = std::to_array<std::string_view>(
    {"added",     "admitted", "announced", "argued",  "claimed",  "confirmed", "denied",
     "explained", "insisted", "noted",     "posted",  "reported", "said",      "says",
     "stated",    "tells",    "told",      "tweeted", "warned",   "wrote"});

constexpr auto kPlacePrepositions = std::to_array<std::string_view>(
    {"across", "in", "inside", "into", "near", "outside", "toward", "towards"});

constexpr auto kNotNames = std::to_array<std::string_view>(
    {"A",       "About",   "According", "Across",   "After",       "Again",     "Against",
     "All",     "Also",    "Although",  "American", "An",          "And",       "Another",
     "Any",     "Arab",    "As",        "At",       "Authorities", "Because",   "Before",
     "Both",    "British", "But",       "By",       "Chinese",     "Despite",   "During",
     "Each",    "Earlier", "European",  "Even",     "Every",       "For",       "French",
     "From",    "German",  "He",        "Her",      "Here",        "His",       "How",
     "However", "I",       "If",        "In",       "Indian",      "Instead",   "Iranian",
     "Iraqi",   "Islamic", "Israeli",   "It",       "Its",         "Kurdish",   "Last",
     "Later",   "Many",    "Meanwhile", "More",     "Most",        "Muslim",    "My",
     "New",     "No",      "Not",       "Now",      "Of",          "Officials", "On",
     "One",     "Only",    "Or",        "Other",    "Our",         "Over",      "Palestinian",
     "Police",  "Rebels",  "Russian",   "Saudi",    "She",         "Since",     "So",
     "Some",    "Still",   "Such",      "Syrian",   "That",        "The",       "Their",
     "Then",    "There",   "These",     "They",     "This",        "Those",     "Though",
     "Three",   "To",      "Turkish",   "Two",      "Ukrainian",   "Under",     "Until",
     "Up",      "We",      "What",      "When",     "Where",       "Which",     "While",
     "Who",     "Why",     "With",      "Without",  "Yet",         "You"});

constexpr auto kCommonAcronyms = std::to_array<std::string_view>(
    {"AI",  "AIDS", "AM",  "CCTV", "CEO", "CFO", "COVID", "DNA", "EST", "GDP",
     "GMT", "HIV",  "ID",  "IED",  "II",  "III", "IV",    "MP",  "OK",  "PCR",
     "PM",  "RPG",  "SUV", "TV",   "UAV", "UTC", "VI",    "VIP"});

static_assert(is_sorted_list(kTitles) && is_sorted_list(kLowerTitles) &&
                  is_sorted_list(kOrganisationCues) && is_sorted_list(kPlaceCues) &&
                  is_sorted_list(kParticles) && is_sorted_list(kConnectors) &&
                  is_sorted_list(kSpeechVerbs) && is_sorted_list(kPlacePrepositions) &&
                  is_sorted_list(kNotNames) && is_sorted_list(kCommonAcronyms),
              "word lists are binary-searched: keep them sorted (ASCII order)");

// Membership in one of the lists above, through a WordSet built once per list: most words
// are rejected on first byte and length before any comparison (these run on every word).
template <const auto& kList>
bool
contains(std::string_view word) {
  static const WordSet kSet(kList.begin(), kList.end());
  return kSet.contains(word);
}

}  // namespace

bool
is_title(std::string_view word) {
  return contains<kTitles>(word);
}

bool
is_lower_title(std::string_view word) {
  return contains<kLowerTitles>(word);
}

bool
is_organisation_cue(std::string_view word) {
  return contains<kOrganisationCues>(word);
}

bool
is_place_cue_after(std::string_view word) {
  return contains<kPlaceCues>(word);
}

bool
is_name_particle(std::string_view word) {
  return contains<kParticles>(word);
}

bool
is_name_connector(std::string_view word) {
  return contains<kConnectors>(word);
}

bool
is_speech_verb(std::string_view word) {
  return contains<kSpeechVerbs>(word);
}

bool
is_place_preposition(std::string_view word) {
  return contains<kPlacePrepositions>(word);
}

bool
is_not_a_name(std::string_view word) {
  return contains<kNotNames>(word) || date_words::month_word(word).value >= 0 ||
         date_words::weekday_word(word).value >= 0;
}

bool
is_common_acronym(std::string_view word) {
  return contains<kCommonAcronyms>(word);
}

}  // namespace tally::entity_words
