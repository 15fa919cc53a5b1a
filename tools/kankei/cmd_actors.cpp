// kankei actors: placeholder until implemented.
#include "app.hpp"

namespace kankei::cli {

void add_actors(CLI::App& app, DataOptions& data, Runner& run) {
  (void)app;
  (void)data;
  (void)run;
}

}  // namespace kankei::cli
