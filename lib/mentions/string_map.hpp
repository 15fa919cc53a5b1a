// Internal to mentions/ and rules/: hash maps keyed by std::string that
// string_views can search without building a std::string.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kankei::mentions {

// Hashes std::string keys and string_view look-ups alike (C++20
// heterogeneous look-up), so that finding a token's text allocates nothing.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

template <typename T>
using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

// A Bloom filter over whole keys: two bits of one 64-bit word per key, so
// that a test reads one word. Asking it before a hash look-up turns most
// misses into that one read; the hash map's buckets, nodes and key bytes
// are scattered over memory that MeCab's dictionary keeps pushing out of the
// CPU cache. It may say yes wrongly, never no wrongly: about 1.5% of the
// time with four keys per 64-bit word (16,000 keys in 2^18 bits).
//   add("ウクライナ"); may_hold("ウクライナ") => true; may_hold("ウクライナ軍") => false, mostly
class KeyFilter {
 public:
  // 2^bits_log2 bits, 2^6 at the least; give it a word per four keys.
  explicit KeyFilter(unsigned bits_log2 = 12) : m_words(std::size_t{1} << (bits_log2 < 6 ? 0 : bits_log2 - 6)) {}

  void add(std::string_view key) {
    const std::uint64_t h = hash(key);
    m_words[word(h)] |= mask(h);
  }
  bool may_hold(std::string_view text) const {
    const std::uint64_t h = hash(text);
    return (m_words[word(h)] & mask(h)) == mask(h);
  }

 private:
  // A 64-bit mix of all of `text`, eight bytes at a time.
  static std::uint64_t hash(std::string_view text) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ text.size();
    std::size_t at = 0;
    for (; at + 8 <= text.size(); at += 8) {
      std::uint64_t w;
      std::memcpy(&w, text.data() + at, 8);
      h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 31;
    }
    h = (h ^ tail_of(text.data() + at, text.size() - at)) * 0x94D049BB133111EBull;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 32);
  }
  // The last 0-7 bytes as one word, with fixed-size loads that may overlap
  // (a memcpy of a variable size is a call into libc, once per token):
  //   "ロシア" (9 bytes) hashes 8 bytes in the loop, then tail_of(1 byte).
  static std::uint64_t tail_of(const char* p, std::size_t n) {
    if (n >= 4) {
      std::uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      return lo | (std::uint64_t{hi} << 32);
    }
    if (n == 0) return 0;
    const auto byte = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(p[i])}; };
    return byte(0) | (byte(n / 2) << 8) | (byte(n - 1) << 16);
  }
  // The word from the high bits, the two bits from the low twelve.
  std::size_t word(std::uint64_t h) const { return static_cast<std::size_t>(h >> 20) & (m_words.size() - 1); }
  static std::uint64_t mask(std::uint64_t h) { return (std::uint64_t{1} << (h & 63)) | (std::uint64_t{1} << ((h >> 6) & 63)); }

  std::vector<std::uint64_t> m_words;
};

}  // namespace kankei::mentions
