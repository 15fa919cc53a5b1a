// Morphological analysis: the only stage that knows MeCab.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace kankei::tokens {

// One morpheme. Strings are copies: MeCab's node strings die on the next
// parse, so nothing here points into MeCab.
struct Token {
  std::string surface;
  std::string pos;        // 名詞, 動詞, 助詞, 助動詞, 記号, ...
  std::string pos1;       // 品詞細分類1: サ変接続, 格助詞, 固有名詞, 自立, ...
  std::string pos2;       // 品詞細分類2: 一般, 組織, 地域, 連語, ...
  std::string conj_type;  // 活用型: サ変・スル, 一段, ...
  std::string conj_form;  // 活用形: 基本形, 未然形, 連用形, 仮定形, ...
  std::string base;       // 原形; the surface when MeCab has none
  std::string actor;      // canonical actor id from kankei's user dictionary, else empty
  bool metonym = false;   // the form is a capital or seat of government (モスクワ)
  bool unknown = false;   // not in any dictionary: MeCab guessed it from character classes
  std::uint32_t begin = 0;  // code-point span in the tokenized text
  std::uint32_t end = 0;
};

struct TokenizerOptions {
  std::string dicdir;   // system dictionary, e.g. /var/lib/mecab/dic/ipadic-utf8
  std::string userdic;  // kankei's compiled user dictionary; empty for none
};

// A MeCab model shared by all threads. Tokenizer is thread-safe: tokenize()
// keeps one MeCab lattice per calling thread.
class Tokenizer {
 public:
  // Loads the dictionaries. Fails with the path and MeCab's own message when a
  // dictionary is missing or unreadable.
  static Result<std::unique_ptr<Tokenizer>> open(const TokenizerOptions& options);
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Splits normalised UTF-8 `text` into tokens, replacing the contents of
  // `out`. Offsets are code points into `text`. White space yields no token.
  // Passing the same `out` for every sentence lets its strings keep their
  // buffers, which saves most of the copying's allocations.
  void tokenize(std::string_view text, std::vector<Token>& out) const;

  // Parses `text` and discards the result: the benchmark's bare MeCab baseline.
  std::size_t parse_only(std::string_view text) const;

  struct Impl;

 private:
  explicit Tokenizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace kankei::tokens
