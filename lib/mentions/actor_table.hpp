// The actor dictionary: who can act, under which names.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.hpp"
#include "mentions/string_map.hpp"
#include "tokens/tokens.hpp"

namespace kankei::mentions {

enum class ActorKind { state, historical_state, organisation, group, armed_group, person };

std::string_view to_string(ActorKind kind);
std::optional<ActorKind> parse_actor_kind(std::string_view text);

struct Actor {
  std::string id;
  ActorKind kind = ActorKind::state;
  std::string name_en;
  std::string name_ja;                // the first form: the label diagrams show
  std::vector<std::string> forms;     // NFKC-normalised, including generated variants
  std::vector<std::string> abbrevs;   // one-character compound forms: 露, 米
  std::vector<std::string> metonyms;  // capitals and seats of government
  // Names it bears only after its full name in the same document (評議会
  // after 北極評議会): ShortNameMemory.
  std::vector<std::string> short_forms;
  std::string state;                  // for persons and national bodies
  std::string org;                    // organisation a person serves
  std::string role;
  std::string term;
  std::vector<std::string> members;
  std::string where;  // "file:line" of the record, for later error messages
};

// How a surface form resolves.
struct FormEntry {
  std::uint32_t actor = 0;  // index into ActorTable::actors()
  bool metonym = false;
};

// What one look-up says about a candidate that grows token by token: the
// form it spells, if any, and whether a longer form starts with it (when
// not, growing it further cannot find a form).
struct FormProbe {
  const FormEntry* entry = nullptr;
  bool longer = false;
};

// All actors, indexed by id, by form and by abbreviation. Built by loading
// one or more TSV files (format in dict/README.md) and then finish().
class ActorTable {
 public:
  // Parses one actors file. `content` is the file's text, `name` its path
  // for messages. Fails at the first malformed line with "name:line".
  Result<void> load(std::string_view content, std::string_view name);

  // Cross-checks after all files are loaded: form conflicts without a `*`
  // winner, unknown ids in state/org/members. Builds the indexes.
  Result<void> finish();

  const std::vector<Actor>& actors() const { return m_actors; }
  // actors()[actor].kind, read from an array of kinds alone: the rule engine
  // asks it of most actors it meets, and an Actor record is several cache
  // lines long, so its kind would cost a cold line each time.
  ActorKind kind(std::uint32_t actor) const { return m_kinds[actor]; }
  const Actor* find_id(std::string_view id) const;
  const FormEntry* find_form(std::string_view normalized_form) const;
  // find_form and the test for longer forms in one hash look-up.
  FormProbe probe_form(std::string_view normalized_text) const;
  // The state whose one-character abbreviation is `text`, or nullptr.
  const Actor* find_abbrev(std::string_view text) const;

  // probe_form(token.surface), find_abbrev(token.surface) and
  // find_id(token.actor), remembered in the token's EntryMemo (when it has
  // one) after the first look-up for its entry.
  FormProbe probe_form(const tokens::Token& token) const;
  const Actor* find_abbrev(const tokens::Token& token) const;
  const Actor* find_id(const tokens::Token& token) const;

  // The state a person or national body belongs to; the actor's own id for
  // states; empty for others. Used for state-level scoring.
  std::string affiliation(const Actor& actor) const;
  // The persons whose state or organisation (org=) is actor `state` (an
  // index into actors()), in file order; empty for an actor that is neither.
  const std::vector<std::uint32_t>& persons_of(std::uint32_t state) const;

  // titles.tsv: the titles of offices (外相, 国務長官) and the roles of
  // persons.tsv each names, so that a surname before a title (ニールセン首相)
  // can name the one holder of such an office. Fails at the first malformed
  // or repeated line with "name:line".
  Result<void> load_titles(std::string_view content, std::string_view name);
  // Whether `title` (normalised) is the title of an office.
  bool is_title(std::string_view title) const;
  // The table's own copy of title `text`, or an empty view when it is none.
  std::string_view find_title(std::string_view text) const;
  // Whether `title` names persons of `role` (persons.tsv's role=).
  bool title_names_role(std::string_view title, std::string_view role) const;
  // The persons (indexes into actors(), in file order) whose role `title`
  // names; empty for no title. Kept with the title, since a surname before a
  // title is looked up among them for every such pair in the text.
  const std::vector<std::uint32_t>& persons_titled(std::string_view title) const;

 private:
  struct PendingForm {
    std::string form;
    std::uint32_t actor;
    bool preferred;
    bool metonym;
  };
  void mark_prefixes(std::string_view form);
  // Fills each title's persons; run when the actors or the titles change.
  void index_titled_persons();
  // find_id(token.actor) and find_abbrev(token.surface) as actor index + 1
  // (0: none), packed into one memo value; `token` has a memo.
  std::uint32_t actor_facts(const tokens::Token& token) const;

  std::vector<Actor> m_actors;
  struct Title {
    std::vector<std::string> roles;      // the roles it names
    std::vector<std::uint32_t> persons;  // the persons of those roles
  };
  StringMap<Title> m_titles;
  KeyFilter m_title_keys;  // every key of m_titles: find_title runs for many nouns after a name-like one
  std::vector<ActorKind> m_kinds;  // m_actors[i].kind, filled as actors are loaded
  std::vector<std::vector<std::uint32_t>> m_persons_of;  // per actor: the persons whose state or org it is
  std::vector<PendingForm> m_pending;
  // A form, or a code-point prefix of a longer form, or both.
  struct FormSlot {
    FormEntry entry;
    bool is_form = false;
    bool longer = false;
  };
  StringMap<std::uint32_t> m_by_id;
  StringMap<FormSlot> m_by_form;
  KeyFilter m_form_keys;  // every key of m_by_form
  StringMap<std::uint32_t> m_by_abbrev;
  KeyFilter m_abbrev_keys;  // every key of m_by_abbrev: find_abbrev runs for every proper noun
  // The tag of this table's EntryMemo values; 0 (no memo) until finish().
  std::uint32_t m_memo_owner = 0;
  // What a remembered form resolves to: entry 2a + m is {a, metonym m}.
  std::vector<FormEntry> m_memo_entries;
};

}  // namespace kankei::mentions
