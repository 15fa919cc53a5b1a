// Sentence boundaries follow ../shared/eval/DECISIONS.md: 。！？ and newlines.
#include "sentences/sentences.hpp"

namespace kankei::sentences {
namespace {

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\r' || c == U'\n' || c == 0x3000 || c == 0xFEFF ||
         c == 0x00A0;
}

bool ends_sentence(char32_t c) { return c == U'。' || c == U'！' || c == U'？'; }

bool is_soft_break(char32_t c) { return c == U'、' || c == U'，' || c == U',' || c == U' ' || c == 0x3000; }

void emit(std::u32string_view text, std::size_t b, std::size_t e, std::size_t max_length,
          std::vector<Sentence>& out) {
  while (b < e && is_space(text[b])) ++b;
  while (e > b && is_space(text[e - 1])) --e;
  while (e - b > max_length) {
    std::size_t cut = b + max_length;
    for (std::size_t k = cut; k > b + max_length / 2; --k) {
      if (is_soft_break(text[k - 1])) {
        cut = k;
        break;
      }
    }
    // A cut after a space leaves it at the piece's end; trim it as a
    // sentence's own trailing space is, so that every piece reads alike.
    std::size_t piece_end = cut;
    while (piece_end > b && is_space(text[piece_end - 1])) --piece_end;
    out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(piece_end)});
    b = cut;
    while (b < e && is_space(text[b])) ++b;
  }
  if (e > b) out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
}

}  // namespace

std::vector<Sentence> split_sentences(std::u32string_view text, std::size_t max_length) {
  if (max_length < 16) max_length = 16;
  std::vector<Sentence> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    if (c == U'\n' || c == U'\r') {
      emit(text, start, i, max_length, out);
      start = i + 1;
    } else if (ends_sentence(c)) {
      // Keep closing brackets and repeated marks with the sentence: 「…。」 and ！？
      std::size_t end = i + 1;
      while (end < text.size() && (ends_sentence(text[end]) || text[end] == U'」' || text[end] == U'』' ||
                                   text[end] == U'）')) {
        ++end;
      }
      emit(text, start, end, max_length, out);
      start = end;
      i = end - 1;
    }
  }
  emit(text, start, text.size(), max_length, out);
  return out;
}

std::vector<std::optional<Continuation>> continuations(std::u32string_view text, const std::vector<Sentence>& sentences,
                                                       std::size_t max_back, std::size_t max_length) {
  std::vector<std::optional<Continuation>> out(sentences.size());
  std::size_t depth = 0;  // quotations open at the start of the sentence
  std::size_t opened = 0;  // the sentence the outermost open quotation began in
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    // A line break closes whatever a line left open (a stray 「 stays in its paragraph).
    const std::size_t gap_from = s == 0 ? 0 : sentences[s - 1].end;
    if (text.substr(gap_from, sentences[s].begin - gap_from).find_first_of(U"\n\r") != std::u32string_view::npos) {
      depth = 0;
    }
    const bool inside = depth > 0;
    for (auto i = sentences[s].begin; i < sentences[s].end; ++i) {
      if (text[i] == U'「' || text[i] == U'『') {
        if (depth++ == 0) opened = s;
      } else if ((text[i] == U'」' || text[i] == U'』') && depth > 0) {
        if (--depth == 0 && inside && i + 1 < sentences[s].end && s - opened <= max_back &&
            sentences[s].end - sentences[opened].begin <= max_length) {
          out[s] = Continuation{opened, static_cast<std::uint32_t>(i + 1)};
        }
      }
    }
  }
  return out;
}

}  // namespace kankei::sentences
