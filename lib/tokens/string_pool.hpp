// Internal to tokens/: the strings Token labels point to.
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_set>

namespace kankei::tokens {

// One copy of each string asked for, kept until the pool goes. Thread-safe:
// every call takes a lock, so callers ask once per dictionary entry (through
// a FeatureCache), not once per token.
class StringPool {
 public:
  // The pool's copy of `text`; empty `text` gives an empty view. The view
  // stays valid as long as the pool.
  std::string_view intern(std::string_view text) {
    if (text.empty()) return {};
    const std::lock_guard<std::mutex> lock(m_mutex);
    return *m_strings.emplace(text).first;  // set nodes never move, so neither do their strings
  }

 private:
  std::mutex m_mutex;
  std::unordered_set<std::string> m_strings;
};

}  // namespace kankei::tokens
