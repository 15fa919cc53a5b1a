// Error values and Result<T>: how every fallible stage of kankei reports failure.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace kankei {

// What went wrong, in one word; the message says the rest.
enum class ErrorCode {
  invalid_argument,  // a caller or user passed something unusable
  not_found,         // a file, actor or dictionary that does not exist
  io,                // reading or writing failed
  parse,             // malformed data: dictionary lines, graph JSON, input text
  encoding,          // invalid UTF-8
  internal,          // a bug or a failure inside a library we call
};

// An error with a human message and, where there is one, the place it
// points at ("dict/actors/persons.tsv:12") and the offending text.
struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;
  std::string where;  // "file:line" or "file: byte 1234"; empty when unknown
  std::string text;   // the offending piece, quoted in what()

  // "dict/a.tsv:3: duplicate id 'RUS' ('RUS\tstate')" and so on.
  std::string what() const;
};

Error make_error(ErrorCode code, std::string message, std::string where = {},
                 std::string text = {});

// Tag type so that `return unexpected(error)` reads like std::expected.
struct Unexpected {
  Error error;
};
inline Unexpected unexpected(Error error) { return Unexpected{std::move(error)}; }

// A value or an Error. Member names follow C++23 std::expected so that the
// type can become an alias when the project moves to C++23.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
  Result(Unexpected u) : m_state(std::in_place_index<1>, std::move(u.error)) {}
  Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

  bool has_value() const { return m_state.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & { return std::get<0>(m_state); }
  const T& value() const& { return std::get<0>(m_state); }
  T&& value() && { return std::get<0>(std::move(m_state)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const { return std::get<1>(m_state); }

 private:
  std::variant<T, Error> m_state;
};

// Result<void>: success carries nothing.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Unexpected u) : m_error(std::move(u.error)), m_failed(true) {}
  Result(Error error) : m_error(std::move(error)), m_failed(true) {}

  bool has_value() const { return !m_failed; }
  explicit operator bool() const { return has_value(); }
  const Error& error() const { return m_error; }

 private:
  Error m_error;
  bool m_failed = false;
};

}  // namespace kankei

// Evaluates a Result expression and returns its error from the enclosing
// function when it failed (ccache's TRY, sentencepiece's RETURN_IF_ERROR).
#define KANKEI_TRY(expr)                                   \
  do {                                                     \
    auto&& kankei_try_result_ = (expr);                    \
    if (!kankei_try_result_) {                             \
      return ::kankei::unexpected(kankei_try_result_.error()); \
    }                                                      \
  } while (false)
