#include "common/records/passage_record.hpp"

#include <charconv>
#include <cstdlib>
#include <map>

#include "common/records/field_codec.hpp"

namespace tally {
namespace {

constexpr char kFormat = '\x04';  // schema version 4; JSON data (versions 1-2) began with '{'

char
entity_code(EntityKind k) {
  switch (k) {
    case EntityKind::kPlace:
      return 'L';
    case EntityKind::kOrganisation:
      return 'O';
    case EntityKind::kPerson:
      break;
  }
  return 'P';
}

EntityKind
entity_kind_from_code(char c) {
  return c == 'L' ? EntityKind::kPlace : c == 'O' ? EntityKind::kOrganisation : EntityKind::kPerson;
}

constexpr Qualifier kQualifiers[] = {Qualifier::kExact,  Qualifier::kAtLeast, Qualifier::kMoreThan,
                                     Qualifier::kAbout,  Qualifier::kNearly,  Qualifier::kUpTo,
                                     Qualifier::kLessThan, Qualifier::kVague};

void
put_double(std::string& out, double v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  records::put_field(out, std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
}

double
get_double(records::FieldReader& in) {
  const std::string s = in.field();
  double v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// A figure: quote, value, qualifier, counted, head, event, date (from, to), attribution,
// flags (1 malformed, 2 cumulative, 4 modal), revises + 1, low, high.
void
put_figure(std::string& out, const Figure& f) {
  records::put_field(out, f.quote);
  put_double(out, f.value);
  out += static_cast<char>(f.qualifier);
  records::put_field(out, f.counted);
  records::put_field(out, f.head);
  records::put_field(out, f.event);
  records::put_field(out, f.date ? f.date->from.iso() : std::string{});
  records::put_field(out, f.date ? f.date->to.iso() : std::string{});
  records::put_field(out, f.attribution);
  out += static_cast<char>((f.malformed ? 1 : 0) | (f.cumulative ? 2 : 0) | (f.modal ? 4 : 0));
  records::put_number(out, static_cast<std::uint64_t>(f.revises + 1));
  put_double(out, f.low);
  put_double(out, f.high);
}

Figure
get_figure(records::FieldReader& in, int passage) {
  Figure f;
  f.passage = passage;
  f.quote = in.field();
  f.value = get_double(in);
  const auto q = static_cast<std::size_t>(static_cast<unsigned char>(in.byte()));
  f.qualifier = q < std::size(kQualifiers) ? kQualifiers[q] : Qualifier::kExact;
  f.counted = in.field();
  f.head = in.field();
  f.event = in.field();
  const auto from = parse_published_date(in.field());
  const auto to = parse_published_date(in.field());
  if (from && to) {
    f.date = DateSpan{*from, *to};
  }
  f.attribution = in.field();
  const auto flags = static_cast<unsigned char>(in.byte());
  f.malformed = (flags & 1U) != 0;
  f.cumulative = (flags & 2U) != 0;
  f.modal = (flags & 4U) != 0;
  f.revises = static_cast<int>(in.number()) - 1;
  f.low = get_double(in);
  f.high = get_double(in);
  return f;
}

}  // namespace

std::string
encode_passage_record(const PassageRecord& r) {
  std::string out(1, kFormat);
  out += r.kind == "headline" ? 'h' : 'b';
  records::put_number(out, static_cast<std::uint64_t>(r.passage < 0 ? 0 : r.passage));
  records::put_number(out, r.figures.size());
  for (const auto& f : r.figures) {
    put_figure(out, f);
  }
  // The kinds only, one code each, in the order of the names in kSlotEntities (sorted, unique;
  // the first mention's kind wins).
  std::map<std::string_view, EntityKind> kinds;
  for (const auto& e : r.entities) {
    kinds.try_emplace(e.name, e.kind);
  }
  records::put_number(out, kinds.size());
  for (const auto& [name, kind] : kinds) {
    out += entity_code(kind);
  }
  return out;
}

PassageRecord
decode_passage_record(std::string_view data) {
  if (data.empty() || data.front() != kFormat) {
    return {};
  }
  records::FieldReader in(data.substr(1));
  PassageRecord d;
  d.kind = in.byte() == 'h' ? "headline" : "body";
  d.passage = static_cast<int>(in.number());
  const auto figures = in.number();
  for (std::uint64_t i = 0; i < figures && in.ok(); ++i) {
    d.figures.push_back(get_figure(in, d.passage));
  }
  const auto entities = in.number();
  for (std::uint64_t i = 0; i < entities && in.ok(); ++i) {
    EntityMention m;
    m.passage = d.passage;
    m.kind = entity_kind_from_code(in.byte());
    d.entities.push_back(std::move(m));
  }
  if (!in.ok()) {
    return {};
  }
  return d;
}

void
attach_entity_names(PassageRecord& record, std::string_view names) {
  std::size_t i = 0;
  while (!names.empty() && i < record.entities.size()) {
    const std::size_t nl = names.find('\n');
    record.entities[i++].name = std::string(names.substr(0, nl));
    names = nl == std::string_view::npos ? std::string_view{} : names.substr(nl + 1);
  }
}

}  // namespace tally
