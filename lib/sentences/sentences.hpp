// Sentence splitting over the original document text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace kankei::sentences {

// A sentence as a code-point span [begin, end) of the document.
struct Sentence {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

// Sentences end after 。！？ (full-width only: half-width ?! occur inside Latin
// text and are no boundary) and at line breaks. Leading and trailing white
// space (including U+3000 and a BOM) is trimmed; empty sentences are dropped.
// A sentence longer than `max_length` code points (at least 16) is cut after
// the last 、，, or space in the second half of the limit, or hard at the
// limit when there is none, so that one huge line cannot make a later stage
// slow or hungry: with the default, MeCab never gets more than 4 KB of UTF-8
// from one piece (before NFKC). The pieces cover the line but for the space
// trimmed at the cuts.
//   "ロシアは。\n米国は？" => {0,5}, {6,10}
std::vector<Sentence> split_sentences(std::u32string_view text, std::size_t max_length = 1024);

// A quotation holding 。 is split with the rest (eval/DECISIONS.md), so the
// words after it (…もう限界だ」と述べ、EUを批判した) are a sentence whose
// speaker stands in an earlier one.
struct Continuation {
  std::size_t first = 0;   // the sentence the quotation began in
  std::uint32_t from = 0;  // where the words after the quotation begin (a code point of the document)
};

// For each sentence, whether it closes a quotation opened in an earlier
// sentence of its line (at most `max_back` sentences and `max_length` code
// points back) and goes on after it: then where the quotation began and where
// its own words after it start. Sentences that only go on inside a quotation
// are none.
//   "彼は「A。B」と述べた。" => sentences {「彼は「A。」, 「B」と述べた。」}, continuations {none, {0, 5}}
std::vector<std::optional<Continuation>> continuations(std::u32string_view text, const std::vector<Sentence>& sentences,
                                                       std::size_t max_back = 4, std::size_t max_length = 1024);

}  // namespace kankei::sentences
