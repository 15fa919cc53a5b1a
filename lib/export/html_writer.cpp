// write_html: the page around the graph JSON. The script is in html_assets.cpp.
#include <sstream>

#include "export/export.hpp"
#include "export/html_assets.hpp"

namespace kankei::exporter {
namespace {

// JSON inside <script> ends at the first "</script>", and "<!--" changes
// how the browser parses what follows. '<', '>' and '&' only occur inside
// JSON strings, where \u003c and friends mean the same characters.
std::string script_safe(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (char c : json) {
    switch (c) {
      case '<': out += "\\u003c"; break;
      case '>': out += "\\u003e"; break;
      case '&': out += "\\u0026"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

void write_html(const graph::KnowledgeGraph& g, const StyleMap& styles, std::string_view title,
                std::ostream& out) {
  std::ostringstream json;
  write_json(g, styles, json);
  const std::string heading = xml_escape(title);
  out << "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << heading << "</title>\n<style>\n"
      << html::style << "</style>\n</head>\n<body>\n<div id=\"main\">\n"
      << "<svg id=\"canvas\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"relation graph\">"
      << "<defs id=\"markers\"></defs><g id=\"world\"><g id=\"edges\"></g><g id=\"nodes\"></g></g></svg>\n"
      << "<aside id=\"panel\">\n<h1>" << heading << "</h1>\n"
      << "<p id=\"summary\"></p>\n"
      << "<p class=\"help\">ホイールで拡大縮小、背景をドラッグで移動、線をクリックで根拠の文。"
      << "Wheel to zoom, drag the background to pan, click a line for its evidence. "
      << "<button id=\"fit\" type=\"button\">全体 fit</button></p>\n"
      << "<div id=\"legend\"></div>\n<h2 id=\"selection\">根拠 evidence</h2>\n"
      << "<div id=\"evidence\"></div>\n</aside>\n</div>\n"
      << "<script type=\"application/json\" id=\"graph-data\">" << script_safe(json.str()) << "</script>\n"
      << "<script>\n" << html::script << "</script>\n</body>\n</html>\n";
}

}  // namespace kankei::exporter
