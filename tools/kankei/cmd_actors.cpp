// kankei actors [QUERY]: list or search the actor dictionary by id, Japanese
// form or English name — to check what kankei will recognise before a run.
#include <algorithm>
#include <cctype>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app.hpp"
#include "context.hpp"
#include "mentions/actor_table.hpp"
#include "normalize/normalize.hpp"

namespace kankei::cli {
namespace {

struct ActorsOptions {
  std::string query;
  std::string kind;
  bool json = false;
};

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// How well `actor` answers `query` (already NFKC-normalised and, for the
// Latin parts, lower-cased): 3 an exact id or form, 2 a form or name that
// starts with it, 1 one that contains it, 0 none. Exact matches come first
// so that "米" lists the United States before every actor written with 米.
int match_rank(const mentions::Actor& actor, const std::string& query) {
  if (query.empty()) return 1;
  const std::string id = ascii_lower(actor.id);
  const std::string en = ascii_lower(actor.name_en);
  int best = 0;
  auto consider = [&](std::string_view name) {
    if (name == query) best = std::max(best, 3);
    else if (name.starts_with(query)) best = std::max(best, 2);
    else if (contains(name, query)) best = std::max(best, 1);
  };
  consider(id);
  consider(en);
  for (const auto& form : actor.forms) consider(ascii_lower(form));
  for (const auto& form : actor.abbrevs) consider(form);
  for (const auto& form : actor.metonyms) consider(ascii_lower(form));
  return best;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += '|';
    out += item;
  }
  return out;
}

nlohmann::json to_json(const mentions::Actor& a) {
  nlohmann::json j = {{"id", a.id},       {"kind", std::string(mentions::to_string(a.kind))},
                      {"name_ja", a.name_ja}, {"name_en", a.name_en},
                      {"forms", a.forms}, {"where", a.where}};
  if (!a.abbrevs.empty()) j["abbrevs"] = a.abbrevs;
  if (!a.metonyms.empty()) j["metonyms"] = a.metonyms;
  if (!a.state.empty()) j["state"] = a.state;
  if (!a.org.empty()) j["org"] = a.org;
  if (!a.role.empty()) j["role"] = a.role;
  if (!a.term.empty()) j["term"] = a.term;
  if (!a.members.empty()) j["members"] = a.members;
  return j;
}

}  // namespace

void add_actors(CLI::App& app, DataOptions& data, Runner& run) {
  auto* sub = app.add_subcommand("actors", "List or search the actor dictionary (by id, Japanese form or English name)");
  auto opt = std::make_shared<ActorsOptions>();
  sub->add_option("QUERY", opt->query,
                  "Part of an id, a Japanese form or an English name (any case); all actors without one");
  sub->add_option("--kind", opt->kind, "Only actors of this kind")
      ->check(CLI::IsMember({"state", "historical_state", "organisation", "group", "armed_group", "person"}));
  sub->add_flag("--json", opt->json, "JSON Lines (every field) instead of a table");
  sub->footer(
      "Table columns: id, kind, Japanese label, English name, state, role, forms.\n"
      "Exits 1 when nothing matches.");
  add_data_options(*sub, data);
  sub->callback([&data, &run, opt] {
    run = [&data, opt]() -> Result<int> {
      auto resources = load_resources(data);
      if (!resources) return unexpected(resources.error());
      const auto& table = (*resources)->actors;
      // The query is normalised as dictionary forms are, so ＮＡＴＯ finds NATO.
      const std::string query = ascii_lower(normalize::normalize_utf8(opt->query));
      std::vector<std::pair<int, const mentions::Actor*>> found;
      for (const auto& actor : table.actors()) {
        if (!opt->kind.empty() && mentions::to_string(actor.kind) != opt->kind) continue;
        if (int rank = match_rank(actor, query); rank > 0) found.emplace_back(rank, &actor);
      }
      std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
      if (found.empty()) {
        std::cerr << "kankei: no actor matches '" << opt->query << "'\n";
        return exit_error;
      }
      for (const auto& [rank, actor] : found) {
        if (opt->json) {
          std::cout << to_json(*actor).dump() << '\n';
        } else {
          std::cout << actor->id << '\t' << mentions::to_string(actor->kind) << '\t' << actor->name_ja << '\t'
                    << actor->name_en << '\t' << (actor->state.empty() ? "-" : actor->state) << '\t'
                    << (actor->role.empty() ? "-" : actor->role) << '\t' << joined(actor->forms) << '\n';
        }
      }
      return exit_ok;
    };
  });
}

}  // namespace kankei::cli
