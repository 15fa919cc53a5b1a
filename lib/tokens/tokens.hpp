// Morphological analysis: the only stage that knows MeCab.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/result.hpp"

namespace kankei::tokens {

// A text field of a Token: a label from MeCab's dictionary (a part of speech,
// an actor id) or a piece of the tokenized text, as a view. Token says how
// long each stays valid. Tokens hold views rather than copies, so that
// filling a token copies no text and a comparison with a literal is a length
// test and a load. It turns into a std::string where one is asked for, so
// code written for string fields keeps working:
//   std::string kind = t.pos2;  "actor=" + t.actor;  a.surface + b.surface  => std::string
class Interned : public std::string_view {
 public:
  using std::string_view::basic_string_view;
  constexpr Interned(std::string_view text) : std::string_view(text) {}  // NOLINT: implicit by design

  operator std::string() const { return std::string(data(), size()); }  // NOLINT: implicit by design

  friend std::string operator+(const char* left, Interned right) { return std::string(left) += right; }
  friend std::string operator+(Interned left, const char* right) { return std::string(left) += right; }
  friend std::string operator+(const std::string& left, Interned right) { return std::string(left) += right; }
  friend std::string operator+(Interned left, const std::string& right) { return std::string(left) += right; }
  friend std::string operator+(Interned left, Interned right) { return std::string(left) += right; }

  // Equality with a literal, the test the stages run on every token
  // (t.pos == "名詞"): a length test and a memcmp of a constant size, which
  // the compiler turns into a load or two. std::string_view's own == calls
  // compare(), which orders the bytes as well and stays an out-of-line call.
  // C++20 derives != and the reversed forms from it. Meant for string
  // literals only: a char array holding a shorter string would be compared
  // over its whole size.
  template <std::size_t N>
  friend bool operator==(Interned left, const char (&right)[N]) {
    return left.size() == N - 1 && same_bytes<N - 1>(left.data(), right);
  }

 private:
  // Whether the n bytes at `a` and `b` are equal, n a constant. GCC calls
  // memcmp for sizes that are not a power of two (名詞 is 6 bytes, 固有名詞
  // 12), a call on every test; two overlapping loads of a power-of-two size
  // compare any n from 4 to 16 in place.
  template <std::size_t n>
  static bool same_bytes(const char* a, const char* b) {
    if constexpr (n == 0) {
      return true;
    } else if constexpr (n < 4) {
      return __builtin_memcmp(a, b, n) == 0;
    } else if constexpr (n <= 16) {
      using Word = std::conditional_t<(n <= 8), std::uint32_t, std::uint64_t>;
      constexpr std::size_t w = sizeof(Word);
      Word a0, a1, b0, b1;
      __builtin_memcpy(&a0, a, w);
      __builtin_memcpy(&a1, a + n - w, w);
      __builtin_memcpy(&b0, b, w);
      __builtin_memcpy(&b1, b + n - w, w);
      return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    } else {
      return __builtin_memcmp(a, b, n) == 0;
    }
  }
};

// What later stages derive from one dictionary entry alone (its surface, base
// form and labels), remembered with the entry so that they consult their own
// dictionaries once per entry instead of once per token: a token's look-ups
// by string are hash probes into tables that MeCab's dictionary keeps pushing
// out of the CPU cache, while the entry's memo shares the cache line that
// tokenize() has just read. Each cell belongs to one stage and holds a 32-bit
// value tagged with the `owner` that computed it: the number that one loaded
// dictionary (an ActorTable, a RuleSet...) takes from new_memo_owner(), so a
// value computed from other data, loaded earlier or later, is never read.
// Not thread-safe: a memo belongs to the thread whose tokenize() made the
// token, and only that thread may read or write it.
class EntryMemo {
 public:
  enum Cell : unsigned { forms, actors, triggers, rules, cells };

  // The value `owner` stored in `cell`; false when it stored none there.
  bool find(Cell cell, std::uint32_t owner, std::uint32_t& value) const {
    if (m_owner[cell] != owner) return false;
    value = m_value[cell];
    return true;
  }
  void store(Cell cell, std::uint32_t owner, std::uint32_t value) {
    m_owner[cell] = owner;
    m_value[cell] = value;
  }

 private:
  std::uint32_t m_owner[cells] = {};  // 0: empty
  std::uint32_t m_value[cells] = {};
};

// A number no other caller gets, never 0: the owner tag of an EntryMemo cell.
// Thread-safe.
std::uint32_t new_memo_owner();

// One morpheme. Every text field is a view, so that filling a token copies
// and allocates nothing. `surface` points into the text given to
// Tokenizer::tokenize() (MeCab's nodes point there too), so it is valid as
// long as that text; the labels and `base` point into the Tokenizer's pool or
// MeCab's dictionary, or, when MeCab has no base form, into the same text as
// `surface`. Keep the text alive while the tokens are read.
struct Token {
  Interned surface;       // as written in the tokenized text
  Interned pos;           // 名詞, 動詞, 助詞, 助動詞, 記号, ...
  Interned pos1;          // 品詞細分類1: サ変接続, 格助詞, 固有名詞, 自立, ...
  Interned pos2;          // 品詞細分類2: 一般, 組織, 地域, 連語, ...
  Interned conj_type;     // 活用型: サ変・スル, 一段, ...
  Interned conj_form;     // 活用形: 基本形, 未然形, 連用形, 仮定形, ...
  Interned base;          // 原形; the surface when MeCab has none
  Interned actor;         // canonical actor id from kankei's user dictionary, else empty
  bool metonym = false;   // the form is a capital or seat of government (モスクワ)
  bool unknown = false;   // not in any dictionary: MeCab guessed it from character classes
  std::uint32_t begin = 0;  // code-point span in the tokenized text
  std::uint32_t end = 0;
  // The dictionary entry's memo, on the thread that called tokenize(); valid
  // as long as the Tokenizer. nullptr for unknown words, whose entry (a
  // character class) says nothing about the word itself, and for tokens
  // made by hand.
  EntryMemo* memo = nullptr;
};

// Whether a sentence ends as prose does: on a full stop, or on a closing
// bracket after one or after a polite final form (an interview's answer,
// 「…努力も必要です」, whose paragraph ends there). A headline ends on
// neither: 「関税を引き上げる」 closing a headline keeps it one.
inline bool ends_as_prose(const std::vector<Token>& tokens) {
  if (tokens.empty()) return false;
  const Token& last = tokens.back();
  if (last.pos == "記号" && last.pos1 == "句点") return true;
  if (last.pos1 != "括弧閉" || tokens.size() < 2) return false;
  const Token& before = tokens[tokens.size() - 2];
  return (before.pos == "記号" && before.pos1 == "句点") ||
         (before.pos == "助動詞" && (before.base == "です" || before.base == "ます") && before.conj_form == "基本形");
}

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
  // The tokens' surfaces (and base forms that repeat the surface) view
  // `text`: they are valid until `text` changes or goes. Their labels stay
  // valid as long as this Tokenizer, whatever thread made them. Passing the
  // same `out` for every sentence reuses its buffer.
  void tokenize(std::string_view text, std::vector<Token>& out) const;

  // Parses `text` and discards the result: the benchmark's bare MeCab baseline.
  std::size_t parse_only(std::string_view text) const;

  struct Impl;

 private:
  explicit Tokenizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace kankei::tokens
