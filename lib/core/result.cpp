// Formatting of Error values for users.
#include "core/result.hpp"

namespace kankei {

std::string Error::what() const {
  std::string out;
  if (!where.empty()) {
    out += where;
    out += ": ";
  }
  out += message;
  if (!text.empty()) {
    out += " ('";
    out += text;
    out += "')";
  }
  return out;
}

Error make_error(ErrorCode code, std::string message, std::string where, std::string text) {
  return Error{code, std::move(message), std::move(where), std::move(text)};
}

}  // namespace kankei
