// Files written whole or not at all, including the images GraphViz draws.
#pragma once

#include <functional>
#include <ostream>
#include <string>

#include "core/result.hpp"

namespace kankei::cli {

// Fails, naming `path`, when `path` could not be written: it is empty, a
// folder, or its folder does not exist. "-" (stdout) always passes. Lets a
// long run fail at its start rather than after all the work, and names the
// file asked for rather than a temporary one.
//   "no/such/dir/g.json" => "no/such/dir/g.json: cannot write: folder no/such/dir does not exist"
Result<void> check_writable(const std::string& path);

// Makes std::cout remember why a write to it failed, for flush_stdout. It
// still writes each piece straight through C's stdout, as libstdc++'s own
// buffer does, so the bytes and their order with printf stay the same.
// Call once, before anything is written.
void keep_stdout_errors();

// Flushes std::cout and C's stdout and fails when anything written to
// either since the program started was lost: "cannot write to stdout: No
// space left on device" (a full disk, /dev/full, a closed descriptor).
Result<void> flush_stdout();

// Writes `path` through `write` into a temporary file beside it, then renames
// it over `path`: an interrupted run never leaves a damaged file where a good
// one was, and a failed one leaves no temporary file. Neither does a run that
// SIGINT, SIGTERM or SIGHUP ends: the handler removes the temporary file and
// the signal then ends the program as it would have (a signal the program
// was started ignoring stays ignored). An existing file keeps
// its permissions; a symlink is followed, so the file it points to is
// replaced and the link stays. A path that exists and is not a regular file
// (/dev/null, a FIFO, a terminal) is written in place, since renaming over it
// would replace the device. "-" writes to stdout. Errors name `path`, never
// the temporary file, and say why ("No space left on device").
Result<void> write_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);

// Fails, naming `output` and the program, when the GraphViz layout program
// `engine` ("dot", "neato", ...) is not on PATH.
Result<void> check_graphviz(const std::string& engine, const std::string& output);

// Draws the DOT that `write_dot` writes with GraphViz's `engine` into `path`
// as `format` (svg, png or pdf), as write_atomically writes files: the DOT
// goes to a temporary file beside `path`, graphviz writes a temporary image,
// and that is renamed over `path` only when graphviz succeeded; neither
// temporary file is left behind, even when SIGINT, SIGTERM or SIGHUP ends
// the program (graphviz is then killed first). graphviz runs without a
// shell, so any file name works. "-" writes the image to stdout.
Result<void> render_graphviz(const std::string& path, const std::string& format, const std::string& engine,
                             const std::function<void(std::ostream&)>& write_dot);

// True when fontconfig knows a family named `font`, or when it cannot tell.
// Without it, graphviz silently substitutes a font that may have no kana or
// kanji, and every label becomes a row of boxes.
bool font_installed(const std::string& font);

}  // namespace kankei::cli
