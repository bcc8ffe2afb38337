// src/io/source.cpp: reading an input file safely (size limit, no devices, UTF-8 without NUL).
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "generated/texts/common.hpp"
#include "helpers.hpp"
#include "io/source.hpp"

using routekaart::io::check_encoding;
using routekaart::io::normalise_text;
using routekaart::io::read_source;
using routekaart::io::ReadResult;
using routekaart::testing::hint_words;
using routekaart::testing::TempDir;
using routekaart::testing::words;

using namespace routekaart;

namespace {

Limits bytes(std::size_t max) {
  Limits limits;
  limits.max_file_bytes = max;
  return limits;
}

// A pipe holding `text`, read through /dev/fd/N as process substitution (<(...)) hands it over.
struct Pipe {
  int fds[2] = {-1, -1};
  explicit Pipe(const std::string& text) {
    REQUIRE(::pipe(fds) == 0);
    REQUIRE(::write(fds[1], text.data(), text.size()) == static_cast<ssize_t>(text.size()));
    ::close(fds[1]);
  }
  ~Pipe() { ::close(fds[0]); }
  std::string path() const { return "/dev/fd/" + std::to_string(fds[0]); }
};

}  // namespace

TEST_CASE("check_encoding: invalid UTF-8 is located by line and column") {
  auto d = check_encoding("f", "ab\ncd\xff");
  REQUIRE(d);
  CHECK(d->rule == RuleId::RK009);
  CHECK(d->location.line == 2);
  CHECK(d->location.column == 3);
  CHECK(tr(Lang::en, d->message) ==
        "the file is saved in the older encoding Latin-1 (ISO-8859-1) or Windows-1252 (ANSI), not "
        "as UTF-8 (such as the '\u00ff' here)");
}

TEST_CASE("check_encoding: a file saved as UTF-16 or in an older encoding is named so") {
  const std::string save_en =
      "save it as UTF-8: in Notepad choose File > Save as and set Encoding to UTF-8; other "
      "editors have the same choice";
  SUBCASE("UTF-16 with a byte order mark, little and big endian") {
    for (const std::string& text :
         {std::string("\xFF\xFEr\0k\0", 6), std::string("\xFE\xFF\0r\0k", 6)}) {
      auto d = check_encoding("f", text);
      REQUIRE(d);
      CHECK(d->location.line == 1);
      CHECK(d->location.column == 1);
      CHECK(tr(Lang::en, d->message) == "the file is saved as UTF-16, not as UTF-8");
      CHECK(tr(Lang::nl, d->message) == "het bestand is opgeslagen als UTF-16, niet als UTF-8");
      CHECK(hint_words(*d) == save_en);
    }
  }
  SUBCASE("UTF-16 without a byte order mark: every other byte zero") {
    auto d = check_encoding("f", std::string("r\0o\0u\0t\0e\0:\0", 12));
    REQUIRE(d);
    CHECK(tr(Lang::en, d->message) == "the file is saved as UTF-16, not as UTF-8");
  }
  SUBCASE("Latin-1: the first such character, where it is") {
    auto d = check_encoding("f", "name: De Br\xFCg\nsummary: caf\xE9\n");
    REQUIRE(d);
    CHECK(d->location.line == 1);
    CHECK(d->location.column == 12);
    CHECK(tr(Lang::en, d->message) ==
          "the file is saved in the older encoding Latin-1 (ISO-8859-1) or Windows-1252 (ANSI), "
          "not as UTF-8 (such as the '\u00fc' here)");
    CHECK(hint_words(*d) == save_en);
    CHECK(hint_text(*d, Lang::nl) ==
          "sla het op als UTF-8: kies in Kladblok Bestand > Opslaan als en zet Codering op UTF-8; "
          "andere editors hebben dezelfde keuze");
  }
  SUBCASE("Windows-1252: one of its own characters (Word's curly quotes) settles it") {
    auto d = check_encoding("f", "practice: \x93Let op\x94\n");
    REQUIRE(d);
    CHECK(d->location.column == 11);
    CHECK(tr(Lang::nl, d->message) ==
          "het bestand is opgeslagen in de oudere codering Windows-1252 (ANSI), niet als UTF-8 "
          "(zoals de '\u201c' hier)");
  }
  SUBCASE("a UTF-8 sequence cut off at the end is no older encoding") {
    auto d = check_encoding("f", "ab\xE2\x82");
    REQUIRE(d);
    CHECK(tr(Lang::en, d->message) == "the text is not valid UTF-8");
  }
}

TEST_CASE("check_encoding: overlong forms and surrogates are invalid") {
  CHECK(check_encoding("f", "\xC0\xAF"));
  CHECK(check_encoding("f", "\xED\xA0\x80"));
  CHECK_FALSE(check_encoding("f", "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"));
}

TEST_CASE("check_encoding: a NUL byte, in Dutch words too") {
  auto d = check_encoding("f", std::string("a\0b", 3));
  REQUIRE(d);
  CHECK(d->location.column == 2);
  CHECK(tr(Lang::nl, d->message) == "het bestand bevat een NUL-teken");
}

TEST_CASE("check_encoding: what is valid, what is not, and where") {
  SUBCASE("empty and plain text are fine") {
    CHECK_FALSE(check_encoding("f", ""));
    CHECK_FALSE(check_encoding("f", "routekaart: 1\n"));
    CHECK_FALSE(check_encoding("f", "\xF4\x8F\xBF\xBF"));  // U+10FFFF
  }
  SUBCASE("above U+10FFFF, stray bytes and cut-off sequences") {
    CHECK(check_encoding("f", "\xF4\x90\x80\x80"));
    CHECK(check_encoding("f", "\xF8\x88\x80\x80\x80"));
    CHECK(check_encoding("f", "\x80"));
    auto cut = check_encoding("f", "ab\xE2\x82");
    REQUIRE(cut);
    CHECK(cut->location.line == 1);
    CHECK(cut->location.column == 3);
  }
  SUBCASE("columns count code points, not bytes") {
    auto d = check_encoding("f", "\xF0\x9F\x98\x80\xC3\xA9\xff");
    REQUIRE(d);
    CHECK(d->location.column == 3);
  }
  SUBCASE("CR is a character, LF starts a line") {
    auto d = check_encoding("f", "a\r\n\r\xff");
    REQUIRE(d);
    CHECK(d->location.line == 2);
    CHECK(d->location.column == 2);
  }
  SUBCASE("the first problem is reported") {
    auto d = check_encoding("f", std::string("\xC0\xAF\0", 3));
    REQUIRE(d);
    CHECK(words(d->message) == "the text is not valid UTF-8");
  }
  SUBCASE("the whole diagnostic") {
    auto d = check_encoding("data/x.yaml", "\xC0\xAF");
    REQUIRE(d);
    CHECK(d->severity == Severity::error);
    CHECK(d->location.file == "data/x.yaml");
    CHECK(d->signpost == 0);
    CHECK(hint_words(*d) == "save the file as UTF-8 (most editors: Save with encoding > UTF-8)");
    CHECK(hint_text(*d, Lang::nl) ==
          "sla het bestand op als UTF-8 (in de meeste editors: Opslaan met codering > UTF-8)");
    CHECK(tr(Lang::nl, d->message) == "de tekst is geen geldige UTF-8");
  }
  SUBCASE("the NUL hint") {
    auto d = check_encoding("f", std::string(1, '\0'));
    REQUIRE(d);
    CHECK(words(d->message) == "the file contains a NUL byte");
    CHECK(hint_words(*d) ==
          "this is a binary file, or it was damaged; save it again as plain text");
  }
}

TEST_CASE("normalise_text: removes a BOM and CRLF line ends") {
  CHECK(normalise_text("\xEF\xBB\xBF"
                       "a: 1\r\nb: 2\r\n") == "a: 1\nb: 2\n");
  CHECK(normalise_text("a\rb") == "a\rb");
}

TEST_CASE("normalise_text: edge cases") {
  SUBCASE("only a BOM at the very start is removed, once") {
    CHECK(normalise_text("\xEF\xBB\xBF") == "");
    CHECK(normalise_text("x\xEF\xBB\xBF") == "x\xEF\xBB\xBF");
    CHECK(normalise_text("\xEF\xBB\xBF\xEF\xBB\xBF"
                         "a") ==
          "\xEF\xBB\xBF"
          "a");
  }
  SUBCASE("only CR directly before LF goes") {
    CHECK(normalise_text("a\r\r\n") == "a\r\n");
    CHECK(normalise_text("a\r") == "a\r");
    CHECK(normalise_text("\r\n\r\n") == "\n\n");
  }
  SUBCASE("nothing to do") {
    CHECK(normalise_text("") == "");
    CHECK(normalise_text("a\nb") == "a\nb");
  }
}

TEST_CASE("reason: a text for the common errors, else the system's words") {
  auto say = [](int error, Lang lang) {
    return tr(lang, texts::value{.value = io::reason(error)});
  };
  CHECK(say(ENOENT, Lang::en) == "it does not exist");
  CHECK(say(ENOENT, Lang::nl) == "het bestaat niet");
  CHECK(say(EACCES, Lang::en) == "permission denied");
  CHECK(say(EACCES, Lang::nl) == "geen toestemming");
  CHECK(say(EISDIR, Lang::en) == std::strerror(EISDIR));
  CHECK(say(EISDIR, Lang::nl) == std::strerror(EISDIR));
}

TEST_CASE("read_source: refuses a device and a folder") {
  ReadResult zero = read_source("/dev/zero", Limits{});
  REQUIRE(zero.error);
  CHECK(zero.error->rule == RuleId::RK002);
  CHECK(tr(Lang::en, zero.error->message) ==
        "this is not a regular file (but a device, FIFO or socket)");
  ReadResult dir = read_source("/", Limits{});
  REQUIRE(dir.error);
  CHECK(tr(Lang::en, dir.error->message) == "this is a folder, not a file");
}

TEST_CASE("read_source: a regular file") {
  TempDir dir;
  SUBCASE("text as it is, with the path as given") {
    const std::string path = dir.write("a.yaml", "routekaart: 1\nnaam: één\n");
    ReadResult r = read_source(path, Limits{});
    CHECK_FALSE(r.error);
    REQUIRE(r.source);
    CHECK(r.source->path == path);
    CHECK(r.source->text == "routekaart: 1\nnaam: één\n");
  }
  SUBCASE("BOM and CRLF are gone") {
    ReadResult r = read_source(dir.write("a.yaml",
                                         "\xEF\xBB\xBF"
                                         "a: 1\r\nb: 2\r\n"),
                               Limits{});
    REQUIRE(r.source);
    CHECK(r.source->text == "a: 1\nb: 2\n");
  }
  SUBCASE("an empty file is read (the loader reports it)") {
    ReadResult r = read_source(dir.write("a.yaml", ""), Limits{});
    REQUIRE(r.source);
    CHECK(r.source->text == "");
  }
}

TEST_CASE("read_source: a path that does not exist") {
  TempDir dir;
  const std::string path = dir / "missing.yaml";
  ReadResult r = read_source(path, Limits{});
  CHECK_FALSE(r.source);
  REQUIRE(r.error);
  CHECK(r.error->rule == RuleId::RK002);
  CHECK(r.error->severity == Severity::error);
  CHECK(r.error->location.file == path);
  CHECK(r.error->location.line == 0);
  CHECK(r.error->location.column == 0);
  CHECK(words(r.error->message) == "cannot read the file: it does not exist");
  CHECK(tr(Lang::nl, r.error->message) == "kan het bestand niet lezen: het bestaat niet");
  CHECK(hint_words(*r.error) == "check the path and that you may read the file");
}

TEST_CASE("read_source: a file that may not be read") {
  if (routekaart::testing::running_as_root()) {
    MESSAGE("running as root, who may read any file: see reason() for the words");
    return;
  }
  TempDir dir;
  const std::string path = dir.write("secret.yaml", "a: 1\n");
  REQUIRE(::chmod(path.c_str(), 0) == 0);
  ReadResult r = read_source(path, Limits{});
  REQUIRE(r.error);
  CHECK(r.error->rule == RuleId::RK002);
  CHECK(words(r.error->message) == "cannot read the file: permission denied");
  CHECK(tr(Lang::nl, r.error->message) == "kan het bestand niet lezen: geen toestemming");
}

TEST_CASE("read_source: a folder, a device and a named FIFO are refused") {
  TempDir dir;
  SUBCASE("a folder") {
    ReadResult r = read_source(dir.path(), Limits{});
    REQUIRE(r.error);
    CHECK(r.error->rule == RuleId::RK002);
    CHECK(tr(Lang::nl, r.error->message) == "dit is een map, geen bestand");
    CHECK(hint_words(*r.error) == "name a .yaml file, or use `routekaart check` for folders");
  }
  SUBCASE("a device") {
    ReadResult r = read_source("/dev/null", Limits{});
    REQUIRE(r.error);
    CHECK(r.error->rule == RuleId::RK002);
    CHECK(tr(Lang::nl, r.error->message) ==
          "dit is geen gewoon bestand (maar een apparaat, FIFO of socket)");
    CHECK(hint_words(*r.error) ==
          "save the text to a file and check that file, or pipe it in with -");
  }
  SUBCASE("a named FIFO would block: refused without opening it") {
    const std::string fifo = dir / "fifo.yaml";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    ReadResult r = read_source(fifo, Limits{});
    REQUIRE(r.error);
    CHECK(words(r.error->message) == "this is not a regular file (but a device, FIFO or socket)");
  }
}

TEST_CASE("read_source: the size limit") {
  TempDir dir;
  SUBCASE("a file of exactly the limit is read") {
    ReadResult r = read_source(dir.write("a.yaml", "0123456789"), bytes(10));
    REQUIRE(r.source);
    CHECK(r.source->text == "0123456789");
  }
  SUBCASE("one byte more is refused, before reading") {
    const std::string path = dir.write("a.yaml", "0123456789A");
    ReadResult r = read_source(path, bytes(10));
    CHECK_FALSE(r.source);
    REQUIRE(r.error);
    CHECK(r.error->rule == RuleId::RK010);
    CHECK(r.error->location.file == path);
    CHECK(words(r.error->message) == "the file is 11 bytes; the limit is 10 bytes");
    CHECK(tr(Lang::nl, r.error->message) == "het bestand is 11 bytes; de grens is 10 bytes");
    CHECK(hint_words(*r.error) ==
          "an intervention file is normally a few kilobytes; is this the right file?");
  }
  SUBCASE("the default limit is 1 MiB") {
    CHECK(Limits{}.max_file_bytes == 1048576);
    ReadResult r = read_source(dir.write("big.yaml", std::string(1048577, 'a')), Limits{});
    REQUIRE(r.error);
    CHECK(words(r.error->message) == "the file is 1048577 bytes; the limit is 1048576 bytes");
  }
}

TEST_CASE("read_source: pipes from process substitution are read, within the limit") {
  SUBCASE("a pipe within the limit") {
    Pipe pipe("a: 1\r\n");
    ReadResult r = read_source(pipe.path(), bytes(10));
    CHECK_FALSE(r.error);
    REQUIRE(r.source);
    CHECK(r.source->path == pipe.path());
    CHECK(r.source->text == "a: 1\n");
  }
  SUBCASE("a stream over the limit: its size is unknown") {
    Pipe pipe("0123456789A");
    ReadResult r = read_source(pipe.path(), bytes(10));
    REQUIRE(r.error);
    CHECK(r.error->rule == RuleId::RK010);
    CHECK(words(r.error->message) == "the input is larger than the limit of 10 bytes");
    CHECK(tr(Lang::nl, r.error->message) == "de invoer is groter dan de grens van 10 bytes");
  }
  SUBCASE("bad UTF-8 in a pipe") {
    Pipe pipe("a: \xff\n");
    ReadResult r = read_source(pipe.path(), Limits{});
    REQUIRE(r.error);
    CHECK(r.error->rule == RuleId::RK009);
    CHECK(r.error->location.column == 4);
  }
}

TEST_CASE("read_source: - is standard input") {
  Pipe pipe("\xEF\xBB\xBFnaam: X\r\n");
  const int saved = ::dup(0);
  REQUIRE(saved >= 0);
  REQUIRE(::dup2(pipe.fds[0], 0) == 0);
  ReadResult r = read_source("-", Limits{});
  ::dup2(saved, 0);
  ::close(saved);
  CHECK_FALSE(r.error);
  REQUIRE(r.source);
  CHECK(r.source->path == "-");
  CHECK(r.source->text == "naam: X\n");
}

TEST_CASE("read_source: the encoding is checked before the text is normalised") {
  TempDir dir;
  SUBCASE("bad UTF-8, located") {
    const std::string path = dir.write("a.yaml", "a: 1\r\nb: caf\xC3\n");
    ReadResult r = read_source(path, Limits{});
    CHECK_FALSE(r.source);
    REQUIRE(r.error);
    CHECK(r.error->rule == RuleId::RK009);
    CHECK(r.error->location.file == path);
    CHECK(r.error->location.line == 2);
    CHECK(r.error->location.column == 7);
  }
  SUBCASE("a NUL byte") {
    ReadResult r = read_source(dir.write("a.yaml", std::string("a: \0\n", 5)), Limits{});
    REQUIRE(r.error);
    CHECK(r.error->rule == RuleId::RK009);
    CHECK(words(r.error->message) == "the file contains a NUL byte");
    CHECK(r.error->location.line == 1);
    CHECK(r.error->location.column == 4);
  }
  SUBCASE("a BOM is valid UTF-8 and counts as a column") {
    ReadResult r = read_source(dir.write("a.yaml", "\xEF\xBB\xBF\xff"), Limits{});
    REQUIRE(r.error);
    CHECK(r.error->location.column == 2);
  }
}
