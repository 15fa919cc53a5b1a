// NFKC normalisation that remembers where every output character came from.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kankei::normalize {

// Text after normalisation, with a map back to the input.
struct NormalizedText {
  std::string text;  // NFKC, UTF-8
  // origin[i] is the code-point index in the input of normalised code point i;
  // origin.back() (one past the last character) is the input length, so
  // [origin[b], origin[e]) is the input span of normalised span [b, e).
  std::vector<std::uint32_t> origin;
};

// Normalises valid UTF-8 `input` to NFKC: full-width ASCII becomes half-width
// (ＮＡＴＯ -> NATO), half-width katakana becomes full-width (ﾛｼｱ -> ロシア),
// the ideographic space becomes a space. Control characters other than tab and
// newline become spaces so that they can never reach MeCab.
//   "ＮＡＴＯ加盟国" => text "NATO加盟国", origin {0,1,2,3,4,5,6,7}
NormalizedText normalize(std::u32string_view input);

// Convenience for data files: NFKC of UTF-8 `input` (which must be valid).
std::string normalize_utf8(std::string_view input);

}  // namespace kankei::normalize
