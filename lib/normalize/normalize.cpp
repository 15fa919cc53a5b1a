// NFKC through utf8proc, one character cluster at a time so that every output
// code point keeps the index of the input character it came from.
#include "normalize/normalize.hpp"

#include <utf8proc.h>

#include <array>

#include "core/utf8.hpp"

namespace kankei::normalize {
namespace {

bool is_combining(char32_t cp) {
  // Half-width (semi-)voiced sound marks decompose to combining marks, so they
  // belong to the cluster of the kana before them: ｶﾞ -> ガ.
  if (cp == 0xFF9E || cp == 0xFF9F) return true;
  return utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->combining_class != 0 ||
         cp == 0x3099 || cp == 0x309A;
}

// True when NFKC leaves `cp` alone; the common case for Japanese text.
bool is_stable(char32_t cp) {
  if (cp < 0x80) return true;
  const auto* prop = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  return prop->decomp_seqindex == UINT16_MAX && prop->comb_index == UINT16_MAX;
}

char32_t clean_control(char32_t cp) {
  if (cp == U'\t' || cp == U'\n') return cp;
  if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) return U' ';
  return cp;
}

bool latin_letter(char32_t cp) {
  return (cp >= U'A' && cp <= U'Z') || (cp >= U'a' && cp <= U'z') || (cp >= 0xFF21 && cp <= 0xFF3A) ||
         (cp >= 0xFF41 && cp <= 0xFF5A);
}

// A dash between Latin letters is a hyphen (ＳＰＬＭ―ＩＯ, SPLM–IO): the
// dictionary writes SPLM-IO, and NFKC keeps those dashes as they are.
char32_t hyphen_in_name(std::u32string_view input, std::size_t i) {
  const char32_t cp = input[i];
  const bool dash = (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
  if (dash && i > 0 && i + 1 < input.size() && latin_letter(input[i - 1]) && latin_letter(input[i + 1])) return U'-';
  return cp;
}

}  // namespace

NormalizedText normalize(std::u32string_view input) {
  NormalizedText out;
  out.text.reserve(input.size() * 3);
  out.origin.reserve(input.size() + 1);
  std::array<utf8proc_int32_t, 64> buffer;
  for (std::size_t i = 0; i < input.size();) {
    std::size_t end = i + 1;
    while (end < input.size() && is_combining(input[end]) && end - i < 16) ++end;
    if (end == i + 1 && is_stable(input[i])) {
      utf8::append(out.text, clean_control(hyphen_in_name(input, i)));
      out.origin.push_back(static_cast<std::uint32_t>(i));
      i = end;
      continue;
    }
    // Decompose the cluster with compatibility mappings, then recompose.
    utf8proc_ssize_t n = 0;
    bool ok = true;
    for (std::size_t k = i; k < end && ok; ++k) {
      int last_boundclass = 0;
      const utf8proc_ssize_t r = utf8proc_decompose_char(
          static_cast<utf8proc_int32_t>(input[k]), buffer.data() + n,
          static_cast<utf8proc_ssize_t>(buffer.size()) - n,
          static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE), &last_boundclass);
      if (r < 0 || n + r > static_cast<utf8proc_ssize_t>(buffer.size())) {
        ok = false;
      } else {
        n += r;
      }
    }
    if (ok) {
      n = utf8proc_normalize_utf32(buffer.data(), n,
                                   static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
    }
    if (!ok || n < 0) {  // Unassigned or oversized: keep the input as it is.
      for (std::size_t k = i; k < end; ++k) {
        utf8::append(out.text, clean_control(input[k]));
        out.origin.push_back(static_cast<std::uint32_t>(k));
      }
    } else {
      for (utf8proc_ssize_t k = 0; k < n; ++k) {
        utf8::append(out.text, clean_control(static_cast<char32_t>(buffer[k])));
        out.origin.push_back(static_cast<std::uint32_t>(i));
      }
    }
    i = end;
  }
  out.origin.push_back(static_cast<std::uint32_t>(input.size()));
  return out;
}

std::string normalize_utf8(std::string_view input) {
  auto decoded = utf8::decode(input);
  if (!decoded) return std::string(input);
  return normalize(*decoded).text;
}

}  // namespace kankei::normalize
