// Internal to mentions/: hash maps keyed by std::string that string_views
// can search without building a std::string.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace kankei::mentions {

// Hashes std::string keys and string_view look-ups alike (C++20
// heterogeneous look-up), so that finding a token's text allocates nothing.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

template <typename T>
using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

// A set of keys seen only through their first two code points, as 2^16
// bits (8 KB): asking it before a hash look-up turns most misses into one
// bit test, and a table this small stays in cache while MeCab's dictionary
// pushes the hash map out. It may say yes wrongly, never no wrongly.
//   add("ウクライナ"); may_hold("ウク...") => true; may_hold("ウ") => false
class KeyFilter {
 public:
  void add(std::string_view key) { set(bit(key)); }
  bool may_hold(std::string_view text) const { return test(bit(text)); }

 private:
  // One code point of `text` (any bytes will do) from `at`; moves `at`
  // past it. 0 at the end.
  static std::uint32_t next_code_point(std::string_view text, std::size_t& at) {
    auto byte = [&](std::size_t i) -> std::uint32_t {
      return at + i < text.size() ? static_cast<unsigned char>(text[at + i]) : 0;
    };
    if (at >= text.size()) return 0;
    const std::uint32_t b0 = byte(0);
    std::uint32_t cp = b0;
    std::size_t length = 1;
    if (b0 >= 0xF0) {
      cp = ((b0 & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F), length = 4;
    } else if (b0 >= 0xE0) {
      cp = ((b0 & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F), length = 3;
    } else if (b0 >= 0xC0) {
      cp = ((b0 & 0x1F) << 6) | (byte(1) & 0x3F), length = 2;
    }
    at += length;
    return cp;
  }

  // The first two code points (the second 0 for a one-character text),
  // mixed and folded to 16 bits.
  static std::uint32_t bit(std::string_view text) {
    std::size_t at = 0;
    const std::uint32_t first = next_code_point(text, at);
    const std::uint32_t second = next_code_point(text, at);
    return ((first * 0x9E3779B1u) ^ (second * 0x85EBCA6Bu)) >> 16;
  }
  void set(std::uint32_t b) { m_bits[b / 64] |= std::uint64_t{1} << (b % 64); }
  bool test(std::uint32_t b) const { return (m_bits[b / 64] >> (b % 64)) & 1; }

  std::array<std::uint64_t, 1024> m_bits{};
};

}  // namespace kankei::mentions
