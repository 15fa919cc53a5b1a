// kankei explain TEXT: how the rule engine reads each sentence of TEXT.
#include <iostream>

#include "app.hpp"
#include "context.hpp"
#include "core/utf8.hpp"
#include "export/export.hpp"
#include "mentions/document_memory.hpp"
#include "normalize/normalize.hpp"
#include "rules/rules.hpp"
#include "sentences/sentences.hpp"

namespace kankei::cli {

void add_explain(CLI::App& app, DataOptions& data, Runner& run) {
  auto* sub = app.add_subcommand("explain", "Show how the rules read a text: tokens, phrases, relations");
  auto text = std::make_shared<std::string>();
  sub->add_option("text", *text, "Japanese text (one or more sentences)")->required();
  add_data_options(*sub, data);
  sub->callback([&data, &run, text] {
    run = [&data, text]() -> Result<int> {
      auto context = load_context(data);
      if (!context) return unexpected(context.error());
      auto decoded = utf8::decode(*text);
      if (!decoded) return unexpected(decoded.error());
      const auto& r = *context->resources;
      const rules::Knowledge knowledge{r.actors, r.lexicon, r.rules};
      std::vector<tokens::Token> tokens;
      mentions::DocumentMemory memory;
      bool headline = true;
      for (const auto& s : sentences::split_sentences(*decoded)) {
        const auto normalized = normalize::normalize(decoded->substr(s.begin, s.end - s.begin));
        context->tokenizer->tokenize(normalized.text, tokens);
        std::cout << "# " << normalized.text << "\n";
        for (const auto& t : tokens) {
          std::cout << "  " << t.surface << "\t" << t.pos << "," << t.pos1 << "," << t.pos2 << "," << t.conj_form
                    << "," << t.base << (t.actor.empty() ? "" : "\tactor=" + t.actor) << "\n";
        }
        const auto found = memory.read(tokens, r.actors, r.lexicon, headline);
        headline = false;
        std::cout << rules::explain(tokens, found, knowledge);
        for (const auto& m : rules::apply_rules(tokens, found, knowledge)) {
          std::cout << "=> " << r.actors.actors()[m.source].id << " " << r.lexicon.relations()[m.relation].name << " "
                    << r.actors.actors()[m.target].id << (m.negated ? " !neg" : "") << (m.hypothetical ? " ?hyp" : "")
                    << "  [" << m.rule << " " << m.confidence << "]\n";
        }
      }
      return exit_ok;
    };
  });
}

}  // namespace kankei::cli
