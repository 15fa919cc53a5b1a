// kankei eval --gold GOLD.jsonl PATH...: precision, recall and F1 per relation
// against a gold file (eval/GUIDELINES.md), with the misses and false hits
// and their sentences, so that a rule author sees at once what to fix.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <iostream>
#include <map>
#include <set>

#include "app.hpp"
#include "context.hpp"
#include "core/tsv.hpp"
#include "input_options.hpp"
#include "runner.hpp"

namespace kankei::cli {
namespace {

// The scored unit: (doc, source, relation, target), symmetric ends sorted.
using Tuple = std::tuple<std::string, std::string, std::string, std::string>;

struct EvalOptions {
  InputOptions in;
  std::string gold;
  std::string actors_tsv;  // gold persons' states, for --state-level
  bool state_level = false;
  std::size_t show = 20;
};

Tuple make_tuple_for(const std::string& doc, std::string source, const std::string& relation, std::string target,
                     bool symmetric) {
  if (symmetric && target < source) std::swap(source, target);
  return {doc, source, relation, target};
}

double ratio(std::size_t a, std::size_t b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; }

}  // namespace

void add_eval(CLI::App& app, DataOptions& data, Runner& run) {
  auto* sub = app.add_subcommand("eval", "Score extraction against a gold JSON Lines file; list misses and false hits");
  auto opt = std::make_shared<EvalOptions>();
  add_input_options(*sub, opt->in);
  sub->add_option("--gold", opt->gold, "Gold relations, JSON Lines (eval/GUIDELINES.md)")->required();
  sub->add_flag("--state-level", opt->state_level, "Compare persons as their states");
  sub->add_option("--actors", opt->actors_tsv, "Gold actors TSV (id, kind, forms, name, state) for --state-level");
  sub->add_option("--show", opt->show, "How many misses and false hits to list")->capture_default_str();
  add_data_options(*sub, data);
  sub->callback([&data, &run, opt] {
    run = [&data, opt]() -> Result<int> {
      auto context = load_context(data);
      if (!context) return unexpected(context.error());
      const auto& lexicon = context->resources->lexicon;
      auto symmetric = [&](const std::string& relation) {
        const int r = lexicon.find_relation(relation);
        return r >= 0 && lexicon.relations()[r].symmetric;
      };
      std::map<std::string, std::string> gold_state;
      if (opt->state_level && !opt->actors_tsv.empty()) {
        std::ifstream in(opt->actors_tsv);
        if (!in) return unexpected(make_error(ErrorCode::io, "cannot read file", opt->actors_tsv));
        std::stringstream content;
        content << in.rdbuf();
        std::vector<TsvRecord> rows;
        KANKEI_TRY(read_tsv(content.str(), opt->actors_tsv, 1, 8, rows));
        for (const auto& row : rows) {
          if (row.cells.size() >= 5 && row.cells[1] == "person" && !row.cells[4].empty()) gold_state[row.cells[0]] = row.cells[4];
        }
      }
      std::set<Tuple> gold, system;
      std::map<Tuple, std::string> sentences;
      std::ifstream gin(opt->gold);
      if (!gin) return unexpected(make_error(ErrorCode::io, "cannot read file", opt->gold));
      std::string line;
      std::size_t number = 0;
      while (std::getline(gin, line)) {
        ++number;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        nlohmann::json r;
        try {
          r = nlohmann::json::parse(line);
          if (r.value("negated", false)) continue;
          std::string source = r.at("source"), target = r.at("target");
          if (opt->state_level) {
            if (auto it = gold_state.find(source); it != gold_state.end()) source = it->second;
            if (auto it = gold_state.find(target); it != gold_state.end()) target = it->second;
          }
          if (source == target) continue;
          auto t = make_tuple_for(r.at("doc"), source, r.at("relation"), target, symmetric(r.at("relation")));
          gold.insert(t);
          sentences.emplace(t, r.value("sentence", ""));
        } catch (const nlohmann::json::exception& e) {
          return unexpected(make_error(ErrorCode::parse, std::string("bad gold record: ") + e.what(),
                                       opt->gold + ":" + std::to_string(number)));
        }
      }
      auto reader = DocumentReader::open(opt->in.paths, opt->in.input_format());
      if (!reader) return unexpected(reader.error());
      auto stats = run_documents(*reader, *context->pipeline, {opt->in.jobs, opt->in.keep_going, true},
                                 [&](const std::vector<pipeline::RelationRecord>& records) {
                                   for (const auto& r : records) {
                                     if (r.negated) continue;
                                     std::string source = r.source, target = r.target;
                                     if (opt->state_level) {
                                       if (!r.source_affiliation.empty()) source = r.source_affiliation;
                                       if (!r.target_affiliation.empty()) target = r.target_affiliation;
                                     }
                                     if (source == target) continue;
                                     auto t = make_tuple_for(r.doc, source, r.relation, target, symmetric(r.relation));
                                     system.insert(t);
                                     sentences.emplace(t, r.sentence);
                                   }
                                 });
      if (!stats) return unexpected(stats.error());
      std::printf("%-12s %5s %5s %5s %6s %6s %6s\n", "relation", "gold", "sys", "hit", "P", "R", "F1");
      std::size_t hits_total = 0;
      for (const auto& relation : lexicon.relations()) {
        std::size_t g = 0, s = 0, h = 0;
        for (const auto& t : gold) g += std::get<2>(t) == relation.name;
        for (const auto& t : system) {
          if (std::get<2>(t) != relation.name) continue;
          ++s;
          h += gold.count(t);
        }
        hits_total += h;
        if (!g && !s) continue;
        const double p = ratio(h, s), r = ratio(h, g);
        std::printf("%-12s %5zu %5zu %5zu %6.3f %6.3f %6.3f\n", relation.name.c_str(), g, s, h, p, r,
                    p + r > 0 ? 2 * p * r / (p + r) : 0.0);
      }
      auto list = [&](const char* label, const std::set<Tuple>& from, const std::set<Tuple>& minus) {
        std::size_t shown = 0;
        for (const auto& t : from) {
          if (minus.count(t) || shown++ >= opt->show) continue;
          std::printf("%s\t%s\t%s %s %s\t%s\n", label, std::get<0>(t).c_str(), std::get<1>(t).c_str(),
                      std::get<2>(t).c_str(), std::get<3>(t).c_str(), sentences[t].c_str());
        }
      };
      list("missed", gold, system);
      list("false", system, gold);
      const double p = ratio(hits_total, system.size()), r = ratio(hits_total, gold.size());
      std::printf("total gold=%zu system=%zu hit=%zu\n", gold.size(), system.size(), hits_total);
      std::printf("F1=%.3f P=%.3f R=%.3f\n", p + r > 0 ? 2 * p * r / (p + r) : 0.0, p, r);
      return exit_ok;
    };
  });
}

}  // namespace kankei::cli
