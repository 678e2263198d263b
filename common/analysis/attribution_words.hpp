#pragma once
// The closed word classes attribution relies on: speech verbs, the words around a subject,
// speaker and document nouns, titles and organisation words, read once from the embedded
// lexicons reporting.tsv, titles.tsv and organisations.tsv (their headers describe each list).
// Pure lookups on lower-case tokens (Token::lower), exact and case-sensitive; safe from many
// threads. Internal to the attribution files, to figure_event_subject.cpp, which passes over a
// frame set off by commas (", police said,"), to figure_polls.cpp, which dates a poll's sample,
// to figure_event_scan.cpp, where a count after a speech verb opens a clause of its own, and to
// figure_totals.cpp, where a reported clause opens after a speech or finding verb ("said
// applications dropped 12,000"); not for use outside common/analysis.

#include <string_view>

namespace tally::attribution_words {

// "said", "told", "reported", "quoted": a verb that opens a reporting frame.
bool is_speech_verb(std::string_view lower);
// "found", "showed": reports a finding when a clause follows.
bool is_finding_verb(std::string_view lower);
// "claims", "reports", "estimate": a speech verb that is also a noun.
bool is_noun_too(std::string_view lower);
// "added", "report", "warned": a speech verb that, with an object, is the event or no saying
// ("employers added 50,000 jobs", "Americans report one of these behaviors"); a saying only
// before a quote, "that", punctuation or a clause (reporting.tsv event_with_object).
bool is_event_with_object(std::string_view lower);
// "reported", "released", "compiled": a participle whose agent ("by X") gives the figures.
bool is_passive_source(std::string_view lower);
// "obtained", "seen", "reviewed": a participle whose agent ("by X") got hold of a document that
// someone else wrote (reporting.tsv obtained_by).
bool is_obtained_by(std::string_view lower);
// "also", "later", "has", "was": may stand between a subject and its speech verb.
bool is_subject_adverb(std::string_view lower);
// "that", "which", "and", "in", "however": ends a subject or source phrase.
bool is_subject_stop(std::string_view lower);
// "officials", "police", "witnesses", "ministry": people or bodies who give figures.
bool is_speaker_noun(std::string_view lower);
// "familiar", "close", "briefed": what a speaker knows or is close to ("a person familiar with
// the matter").
bool is_knowing_word(std::string_view lower);
// A speaker noun, or "person", "people", "aides": who may be "familiar with" something.
bool is_knower_noun(std::string_view lower);
// "many", "some", "others": a quantifier standing alone for people, who are no one named.
bool is_quantifier_pronoun(std::string_view lower);
// "believe", "believes", "believed": a belief, reported like a saying when active.
bool is_belief_verb(std::string_view lower);
// "officials put the death toll at 40", "authorities revised the toll": the subject gives it.
bool is_toll_verb(std::string_view lower);
// "the", "more", "about", "dozens": may open the noun phrase of a clause reported without
// "that" ("police report more than 527 people were injured").
bool is_clause_start(std::string_view lower);
// "after", "while", "because": opens a clause of its own, which a saying before it does not
// govern.
bool is_clause_opener(std::string_view lower);
// "on", "in", "last", or any clause opener: opens a sentence with a phrase of time, place or
// condition, after which a frame set off by commas reports the main clause ("On Tuesday, police
// said, 12 people were killed").
bool opens_scene(std::string_view lower);
// "and", "adding", "which", or any clause opener: starts a clause of its own, after a frame set
// off by commas ("..., he said, and the army sent troops"; attribution.cpp still lets such a
// frame cover an "and" clause that reports a count) or before a subject ("..., and police on
// Tuesday said").
bool starts_own_clause(std::string_view lower);
// "noting", "adding", "telling": after a comma, reports for the clause before it ("...,
// noting that ...").
bool is_saying_participle(std::string_view lower);
// "reporting", "warning": a speech verb's -ing form, which reports after "is" or "been".
bool is_progressive_saying(std::string_view lower);
// "poll", "surveys": a poll, whose sample figures it gives ("The poll of 1,000 likely voters").
bool is_poll_noun(std::string_view lower);
// A count with no event whose head ("voter", "adult", "respondent") is one a poll questioned:
// "924 Americans", "1,000 likely voters".
bool counts_poll_sample(std::string_view event, std::string_view head);
// "pollsters": who take a poll ("Pollsters interviewed 924 Americans").
bool is_pollster(std::string_view lower);
// "statement", "interview": the medium of a saying ("The Pentagon in a statement said").
bool is_medium_noun(std::string_view lower);
// "conducted", "interviewed": a verb of a poll's fieldwork ("The poll was conducted May 17-18").
bool is_fieldwork_verb(std::string_view lower);
// "report", "study", "audit": a document that, alone as a headline's label, says what follows
// ("Report: 4 in 10 ...").
bool is_label_document(std::string_view lower);
// "report", "tally", "polls", "statement": documents that give figures.
bool is_document_noun(std::string_view lower);
// "attack", "explosion", "quake": an incident, never a speaker.
bool is_incident_noun(std::string_view lower);
// "president", "governor", "gen", "spokesman": dropped from the front of a source's name.
bool is_source_title(std::string_view lower);
// "ministry", "agency", "reuters", "inc.": the source is an organisation, not a person.
bool is_organisation_word(std::string_view lower);

// Definite descriptions that stand for the organisation last named as a source: "the company
// said" after "General Motors said". Business epithets stand for it with modifiers too ("the
// No. 1 U.S. automaker"); bare nouns only as "the NOUN" ("the agency"), since "the defense
// ministry" names a ministry of its own.
enum class Anaphor { kNone, kBare, kEpithet };

Anaphor organisation_anaphor(std::string_view lower);

// A word of time that can follow a verb of saying or releasing, or stand between it and its
// subject: weekday names, "today", "yesterday", "tonight" ("released Thursday by", "said
// Tuesday", "Facebook on Tuesday said").
bool is_time_adverb(std::string_view lower);

// "vice", "deputy", "lieutenant": a word before an office that makes it another one ("vice
// president" is not "the president").
bool is_other_office(std::string_view lower);

}  // namespace tally::attribution_words
