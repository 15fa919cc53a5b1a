// A readable dump of the chunker's view of a sentence, for rule authors.
#include "rules/chunker.hpp"
#include "rules/rules.hpp"

namespace kankei::rules {

namespace {
const char* ending_name(Ending e) {
  switch (e) {
    case Ending::none: return "";
    case Ending::attributive: return " ending=attributive";
    case Ending::continuative: return " ending=continuative";
    case Ending::conditional: return " ending=conditional";
    case Ending::quoted: return " ending=quoted";
    case Ending::final: return " ending=final";
  }
  return "";
}
}  // namespace

std::string explain(const std::vector<tokens::Token>& tokens, const mentions::Mentions& mentions,
                    const Knowledge& knowledge) {
  const auto chunks = make_chunks(tokens, mentions, knowledge.actors, knowledge.rules);
  std::string out;
  auto ids = [&](const std::vector<ActorRef>& refs) {
    std::string s;
    for (const auto& r : refs) s += (s.empty() ? "" : ",") + knowledge.actors.actors()[r.actor].id;
    return s;
  };
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    const Chunk& c = chunks[i];
    out += std::to_string(i) + " ";
    for (auto t = c.begin; t < c.end; ++t) out += (t == c.content_end ? "|" : "") + tokens[t].surface;
    out += "  case=" + std::string(to_string(c.case_));
    if (!c.actors.empty()) out += " actors=" + ids(c.actors);
    if (!c.compound.empty()) out += " compound=" + ids(c.compound);
    if (!c.possessor.empty()) out += " possessor=" + ids(c.possessor);
    if (c.trigger >= 0) {
      out += " trigger=" + knowledge.lexicon.relations()[mentions.triggers[c.trigger].trigger->relation].name;
    }
    if (c.predicate) out += " predicate";
    if (c.passive) out += " passive";
    if (c.negated) out += " negated";
    if (c.conditional) out += " conditional";
    if (c.absorbed) out += " absorbed";
    if (c.metonym_only) out += " metonym";
    if (c.quote) out += " quote=" + std::to_string(c.quote);
    out += ending_name(c.ending);
    out += '\n';
  }
  return out;
}

}  // namespace kankei::rules
