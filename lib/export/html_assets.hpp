// Internal to export/: the style sheet and script of the HTML page.
#pragma once

namespace kankei::exporter::html {

// CSS for the page: the drawing on the left, the side panel on the right.
extern const char* const style;

// Vanilla JavaScript, no libraries: reads the JSON in
// <script id="graph-data">, lays the graph out (Fruchterman-Reingold from a
// circle, so the same graph always looks the same), draws it into
// <svg id="canvas">, and fills #evidence when an edge or a node is clicked.
extern const char* const script;

}  // namespace kankei::exporter::html
