// The bare Xapian indexer of ../shared/bench/README.md, the peer tally-index is measured
// against: JSON Lines articles in, one document per paragraph (blank-line separated) of each
// article, TermGenerator with Snowball english and positions, document data = the paragraph,
// one thread, Xapian's default flush threshold, one commit at the end.
//
// usage: bare_xapian DB < articles.jsonl      (prints "documents N" on stdout)
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>
#include <xapian.h>

namespace {

// Calls `emit` with each non-blank paragraph of `text` (paragraphs end at an empty line).
template <typename Emit>
void
for_each_paragraph(const std::string& text, Emit emit) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string::npos) {
      end = text.size();
    }
    const std::string para = text.substr(start, end - start);
    if (para.find_first_not_of(" \t\r\n") != std::string::npos) {
      emit(para);
    }
    start = end + 2;
  }
}

}  // namespace

int
main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: bare_xapian DB < articles.jsonl\n";
    return 2;
  }
  try {
    Xapian::WritableDatabase db(argv[1], Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator terms;
    terms.set_stemmer(Xapian::Stem("english"));
    std::size_t documents = 0;
    std::string line;
    while (std::getline(std::cin, line)) {
      const auto article = nlohmann::json::parse(line, nullptr, false);
      if (!article.is_object() || !article.contains("text") || !article["text"].is_string()) {
        continue;
      }
      for_each_paragraph(article["text"].get<std::string>(), [&](const std::string& para) {
        Xapian::Document doc;
        terms.set_document(doc);
        terms.index_text(para);
        doc.set_data(para);
        db.add_document(doc);
        ++documents;
      });
    }
    db.commit();
    std::cout << "documents " << documents << '\n';
  } catch (const Xapian::Error& e) {
    std::cerr << "bare_xapian: " << e.get_description() << '\n';
    return 1;
  }
  return 0;
}
