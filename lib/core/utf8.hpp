// UTF-8 decoding and encoding with precise error positions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace kankei::utf8 {

// Decodes `text` to code points. Fails on the first invalid sequence or NUL
// byte with an Error whose `where` is "byte N" (0-based offset into `text`).
Result<std::u32string> decode(std::string_view text);

// Returns the byte offset of the first invalid UTF-8 sequence or NUL byte,
// or std::string_view::npos when `text` is clean.
std::size_t find_invalid(std::string_view text);

// Appends the UTF-8 encoding of `cp` to `out`.
void append(std::string& out, char32_t cp);

std::string encode(std::u32string_view text);

// Number of code points in valid UTF-8 `text`.
std::size_t length(std::string_view text);

}  // namespace kankei::utf8
