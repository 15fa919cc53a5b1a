// Loading and checking of dict/actors/*.tsv.
#include "mentions/actor_table.hpp"

#include <algorithm>
#include <map>

#include "core/tsv.hpp"
#include "normalize/normalize.hpp"

namespace kankei::mentions {
namespace {

// Forms and their prefixes number about 16,000 (persons have three spellings).
constexpr unsigned kFormFilterBits = 18;

constexpr std::pair<ActorKind, std::string_view> kKinds[] = {
    {ActorKind::state, "state"},
    {ActorKind::historical_state, "historical_state"},
    {ActorKind::organisation, "organisation"},
    {ActorKind::group, "group"},
    {ActorKind::armed_group, "armed_group"},
    {ActorKind::person, "person"},
};

bool valid_id(std::string_view id, ActorKind kind) {
  if (id.empty()) return false;
  for (char c : id) {
    const bool lower = c >= 'a' && c <= 'z';
    const bool upper = c >= 'A' && c <= 'Z';
    const bool digit = c >= '0' && c <= '9';
    if (!(digit || c == '_' || (kind == ActorKind::person ? lower : upper))) return false;
  }
  return true;
}

// "ウラジーミル・プーチン" also appears as "ウラジーミルプーチン" and with "=".
std::vector<std::string> name_variants(const std::string& form) {
  std::vector<std::string> out{form};
  if (form.find("・") != std::string::npos) {
    std::string joined;
    std::string equals;
    for (std::size_t i = 0; i < form.size();) {
      if (form.compare(i, 3, "・") == 0) {
        equals += "=";
        i += 3;
      } else {
        joined += form[i];
        equals += form[i];
        ++i;
      }
    }
    out.push_back(joined);
    out.push_back(equals);
  }
  // The press writes ヴ as often as the バ row: ヴィトコフ and ビトコフ.
  static constexpr std::pair<std::string_view, std::string_view> kVu[] = {
      {"ヴァ", "バ"}, {"ヴィ", "ビ"}, {"ヴェ", "ベ"}, {"ヴォ", "ボ"}, {"ヴュ", "ビュ"}, {"ヴ", "ブ"}};
  const std::size_t spelled = out.size();
  for (std::size_t k = 0; k < spelled; ++k) {
    if (out[k].find("ヴ") == std::string::npos) continue;
    std::string plain;
    for (std::size_t i = 0; i < out[k].size();) {
      bool replaced = false;
      for (const auto& [from, to] : kVu) {
        if (out[k].compare(i, from.size(), from) == 0) {
          plain += to;
          i += from.size();
          replaced = true;
          break;
        }
      }
      if (!replaced) plain += out[k][i++];
    }
    out.push_back(plain);
  }
  return out;
}

}  // namespace

std::string_view to_string(ActorKind kind) {
  for (const auto& [k, name] : kKinds) {
    if (k == kind) return name;
  }
  return "state";
}

std::optional<ActorKind> parse_actor_kind(std::string_view text) {
  for (const auto& [k, name] : kKinds) {
    if (name == text) return k;
  }
  return std::nullopt;
}

Result<void> ActorTable::load(std::string_view content, std::string_view name) {
  m_memo_owner = 0;  // what tokens remember may change
  std::vector<TsvRecord> records;
  KANKEI_TRY(read_tsv(content, name, 5, 5, records));
  for (const TsvRecord& record : records) {
    const auto& cells = record.cells;
    const std::string where = std::string(name) + ":" + std::to_string(record.line);
    const auto kind = parse_actor_kind(cells[1]);
    if (!kind) {
      return unexpected(make_error(ErrorCode::parse, "unknown actor kind", where, cells[1]));
    }
    if (!valid_id(cells[0], *kind)) {
      return unexpected(make_error(ErrorCode::parse,
                                   *kind == ActorKind::person ? "person ids are lower_snake_case"
                                                              : "actor ids are UPPER_CASE",
                                   where, cells[0]));
    }
    if (m_by_id.contains(cells[0])) {
      return unexpected(make_error(ErrorCode::parse,
                                   "duplicate id, first defined at " + m_actors[m_by_id[cells[0]]].where,
                                   where, cells[0]));
    }
    Actor actor;
    actor.id = cells[0];
    actor.kind = *kind;
    actor.name_en = cells[2];
    actor.where = where;
    const auto index = static_cast<std::uint32_t>(m_actors.size());
    for (std::string form : split_list(cells[3], '|')) {
      bool preferred = false;
      if (!form.empty() && form.back() == '*') {
        preferred = true;
        form.pop_back();
      }
      form = normalize::normalize_utf8(form);
      if (form.empty()) return unexpected(make_error(ErrorCode::parse, "empty form", where, cells[3]));
      if (actor.name_ja.empty()) actor.name_ja = form;
      auto variants = actor.kind == ActorKind::person ? name_variants(form) : std::vector<std::string>{form};
      // 欧州安全保障協力機構 is also written ヨーロッパ安全保障協力機構 (NHK
      // spells 欧州 out in names of bodies).
      if (actor.kind == ActorKind::organisation && form.starts_with("欧州")) {
        variants.push_back("ヨーロッパ" + form.substr(std::string_view("欧州").size()));
      }
      for (const auto& variant : variants) {
        if (std::find(actor.forms.begin(), actor.forms.end(), variant) != actor.forms.end()) continue;  // also listed
        actor.forms.push_back(variant);
        m_pending.push_back({variant, index, preferred, false});
      }
    }
    if (cells[4] != "-") {
      for (const std::string& pair : split_list(cells[4], ';')) {
        const auto eq = pair.find('=');
        if (eq == std::string::npos || eq == 0) {
          return unexpected(make_error(ErrorCode::parse, "attribute is not key=value", where, pair));
        }
        const std::string key = pair.substr(0, eq);
        const std::string value = pair.substr(eq + 1);
        if (key == "state") {
          actor.state = value;
        } else if (key == "org") {
          actor.org = value;
        } else if (key == "role") {
          actor.role = value;
        } else if (key == "term") {
          actor.term = value;
        } else if (key == "members") {
          actor.members = split_list(value, ',');
        } else if (key == "abbrev") {
          for (auto& a : split_list(value, '|')) actor.abbrevs.push_back(normalize::normalize_utf8(a));
        } else if (key == "short") {
          for (auto& f : split_list(value, '|')) actor.short_forms.push_back(normalize::normalize_utf8(f));
        } else if (key == "metonyms") {
          for (auto& m : split_list(value, '|')) {
            m = normalize::normalize_utf8(m);
            actor.metonyms.push_back(m);
            m_pending.push_back({m, index, false, true});
          }
        } else {
          return unexpected(make_error(ErrorCode::parse, "unknown attribute", where, key));
        }
      }
    }
    if (actor.name_ja.empty()) actor.name_ja = actor.name_en;
    m_by_id.emplace(actor.id, index);
    m_kinds.push_back(actor.kind);
    m_actors.push_back(std::move(actor));
  }
  return {};
}

Result<void> ActorTable::finish() {
  // Resolve every form; a form claimed twice needs exactly one `*` claim.
  std::map<std::string, std::vector<const PendingForm*>> claims;
  for (const auto& pending : m_pending) claims[pending.form].push_back(&pending);
  m_by_form.clear();
  m_form_keys = KeyFilter(kFormFilterBits);
  for (const auto& [form, list] : claims) {
    const PendingForm* winner = list.front();
    std::vector<std::uint32_t> owners;
    for (const auto* claim : list) {
      if (std::find(owners.begin(), owners.end(), claim->actor) == owners.end()) owners.push_back(claim->actor);
    }
    if (owners.size() > 1) {
      const PendingForm* preferred = nullptr;
      for (const auto* claim : list) {
        if (!claim->preferred) continue;
        if (preferred && preferred->actor != claim->actor) {
          return unexpected(make_error(ErrorCode::parse, "form preferred by two actors",
                                       m_actors[claim->actor].where, form));
        }
        preferred = claim;
      }
      if (!preferred) {
        const Actor& a = m_actors[owners[0]];
        const Actor& b = m_actors[owners[1]];
        return unexpected(make_error(ErrorCode::parse,
                                     "form claimed by " + a.id + " and " + b.id + " (" + a.where +
                                         "); mark the winner with '*'",
                                     b.where, form));
      }
      winner = preferred;
    }
    FormSlot& slot = m_by_form[form];
    slot.entry = FormEntry{winner->actor, winner->metonym};
    slot.is_form = true;
    m_form_keys.add(form);
    mark_prefixes(form);
  }
  m_pending.clear();
  m_pending.shrink_to_fit();
  m_memo_entries.clear();
  for (std::uint32_t i = 0; i < m_actors.size(); ++i) {
    m_memo_entries.push_back({i, false});
    m_memo_entries.push_back({i, true});
  }
  // Actor indices + 1 are kept in 16 bits (actor_facts) and 29 (forms).
  m_memo_owner = m_actors.size() < 0xFFFF ? tokens::new_memo_owner() : 0;

  m_by_abbrev.clear();
  m_abbrev_keys = KeyFilter();
  for (std::uint32_t i = 0; i < m_actors.size(); ++i) {
    const Actor& actor = m_actors[i];
    for (const auto& abbrev : actor.abbrevs) {
      auto [it, fresh] = m_by_abbrev.emplace(abbrev, i);
      m_abbrev_keys.add(abbrev);
      if (!fresh && it->second != i) {
        return unexpected(make_error(ErrorCode::parse,
                                     "abbreviation claimed by " + m_actors[it->second].id + " and " + actor.id,
                                     actor.where, abbrev));
      }
    }
    auto check = [&](const std::string& ref, const char* what) -> Result<void> {
      if (!ref.empty() && !m_by_id.contains(ref)) {
        return unexpected(make_error(ErrorCode::parse, std::string("unknown ") + what + " id", actor.where, ref));
      }
      return {};
    };
    KANKEI_TRY(check(actor.state, "state"));
    KANKEI_TRY(check(actor.org, "org"));
    for (const auto& member : actor.members) KANKEI_TRY(check(member, "member"));
  }
  m_persons_of.assign(m_actors.size(), {});
  for (std::uint32_t i = 0; i < m_actors.size(); ++i) {
    if (m_actors[i].kind == ActorKind::person && !m_actors[i].state.empty()) {
      m_persons_of[m_by_id.find(m_actors[i].state)->second].push_back(i);
    }
    if (m_actors[i].kind == ActorKind::person && !m_actors[i].org.empty()) {
      m_persons_of[m_by_id.find(m_actors[i].org)->second].push_back(i);
    }
  }
  index_titled_persons();
  return {};
}

const std::vector<std::uint32_t>& ActorTable::persons_of(std::uint32_t state) const {
  static const std::vector<std::uint32_t> none;
  return state < m_persons_of.size() ? m_persons_of[state] : none;
}

Result<void> ActorTable::load_titles(std::string_view content, std::string_view name) {
  std::vector<TsvRecord> records;
  KANKEI_TRY(read_tsv(content, name, 2, 2, records));
  for (const TsvRecord& record : records) {
    const std::string where = std::string(name) + ":" + std::to_string(record.line);
    // Token surfaces are normalised text (ＵＮ => UN), so the titles are too.
    std::string title = normalize::normalize_utf8(record.cells[0]);
    auto roles = split_list(record.cells[1], '|');
    if (title.empty() || roles.empty()) {
      return unexpected(make_error(ErrorCode::parse, "a title needs a name and at least one role", where));
    }
    if (m_titles.count(title)) return unexpected(make_error(ErrorCode::parse, "duplicate title", where, record.cells[0]));
    m_title_keys.add(title);
    m_titles.emplace(std::move(title), Title{std::move(roles), {}});
  }
  index_titled_persons();
  return {};
}

void ActorTable::index_titled_persons() {
  for (auto& [title, entry] : m_titles) {
    entry.persons.clear();
    for (std::uint32_t i = 0; i < m_actors.size(); ++i) {
      if (m_actors[i].kind == ActorKind::person && title_names_role(title, m_actors[i].role)) {
        entry.persons.push_back(i);
      }
    }
  }
}

const std::vector<std::uint32_t>& ActorTable::persons_titled(std::string_view title) const {
  static const std::vector<std::uint32_t> none;
  const auto it = m_titles.find(title);
  return it == m_titles.end() ? none : it->second.persons;
}

bool ActorTable::is_title(std::string_view title) const { return m_titles.find(title) != m_titles.end(); }

std::string_view ActorTable::find_title(std::string_view text) const {
  if (!m_title_keys.may_hold(text)) return {};
  const auto it = m_titles.find(text);
  return it == m_titles.end() ? std::string_view{} : std::string_view(it->first);
}

bool ActorTable::title_names_role(std::string_view title, std::string_view role) const {
  const auto it = m_titles.find(title);
  if (it == m_titles.end()) return false;
  // A person may hold two offices at once or in turn (prime minister|foreign
  // minister): the title names the person when it names either.
  while (!role.empty()) {
    const auto bar = role.find('|');
    const std::string_view one = role.substr(0, bar);
    const auto& roles = it->second.roles;
    if (!one.empty() && std::find(roles.begin(), roles.end(), one) != roles.end()) return true;
    role = bar == std::string_view::npos ? std::string_view{} : role.substr(bar + 1);
  }
  return false;
}

// Every shorter code-point prefix of `form` gets `longer`, so that a
// candidate that is no such prefix stops growing: "ウクライナ" marks "ウ",
// "ウク", ... "ウクライ".
void ActorTable::mark_prefixes(std::string_view form) {
  for (std::size_t end = 1; end < form.size(); ++end) {
    const auto byte = static_cast<unsigned char>(form[end]);
    if ((byte & 0xC0) == 0x80) continue;  // inside a multi-byte character
    m_by_form[std::string(form.substr(0, end))].longer = true;
    m_form_keys.add(form.substr(0, end));
  }
}

const Actor* ActorTable::find_id(std::string_view id) const {
  auto it = m_by_id.find(id);
  return it == m_by_id.end() ? nullptr : &m_actors[it->second];
}

const FormEntry* ActorTable::find_form(std::string_view normalized_form) const {
  return probe_form(normalized_form).entry;
}

FormProbe ActorTable::probe_form(std::string_view normalized_text) const {
  if (!m_form_keys.may_hold(normalized_text)) return {};
  auto it = m_by_form.find(normalized_text);
  if (it == m_by_form.end()) return {};
  const FormSlot& slot = it->second;
  return {slot.is_form ? &slot.entry : nullptr, slot.longer};
}

const Actor* ActorTable::find_abbrev(std::string_view text) const {
  if (!m_abbrev_keys.may_hold(text)) return nullptr;
  auto it = m_by_abbrev.find(text);
  return it == m_by_abbrev.end() ? nullptr : &m_actors[it->second];
}

// A form memo: bit 0 `longer`, bit 1 a form, bits 2.. its m_memo_entries index.
FormProbe ActorTable::probe_form(const tokens::Token& token) const {
  using tokens::EntryMemo;
  std::uint32_t value = 0;
  if (token.memo && m_memo_owner != 0 && token.memo->find(EntryMemo::forms, m_memo_owner, value)) {
    return {(value & 2) ? &m_memo_entries[value >> 2] : nullptr, (value & 1) != 0};
  }
  const FormProbe probe = probe_form(token.surface);
  if (token.memo && m_memo_owner != 0) {
    value = (probe.longer ? 1u : 0u) |
            (probe.entry ? 2u | ((probe.entry->actor * 2 + (probe.entry->metonym ? 1u : 0u)) << 2) : 0u);
    token.memo->store(EntryMemo::forms, m_memo_owner, value);
  }
  return probe;
}

std::uint32_t ActorTable::actor_facts(const tokens::Token& token) const {
  using tokens::EntryMemo;
  std::uint32_t value = 0;
  if (token.memo->find(EntryMemo::actors, m_memo_owner, value)) return value;
  const Actor* by_id = token.actor.empty() ? nullptr : find_id(std::string_view(token.actor));
  const Actor* by_abbrev = find_abbrev(std::string_view(token.surface));
  const auto number = [&](const Actor* a) { return a ? static_cast<std::uint32_t>(a - m_actors.data()) + 1 : 0u; };
  value = number(by_abbrev) | (number(by_id) << 16);
  token.memo->store(EntryMemo::actors, m_memo_owner, value);
  return value;
}

const Actor* ActorTable::find_abbrev(const tokens::Token& token) const {
  if (!token.memo || m_memo_owner == 0) return find_abbrev(std::string_view(token.surface));
  const std::uint32_t number = actor_facts(token) & 0xFFFF;
  return number ? &m_actors[number - 1] : nullptr;
}

const Actor* ActorTable::find_id(const tokens::Token& token) const {
  if (!token.memo || m_memo_owner == 0) return find_id(std::string_view(token.actor));
  const std::uint32_t number = actor_facts(token) >> 16;
  return number ? &m_actors[number - 1] : nullptr;
}

std::string ActorTable::affiliation(const Actor& actor) const {
  switch (actor.kind) {
    case ActorKind::state:
    case ActorKind::historical_state:
      return actor.id;
    case ActorKind::person:
      return actor.state;
    default:
      return {};
  }
}

}  // namespace kankei::mentions
