#pragma once
// The language of everything routekaart says, decided before the arguments are parsed (the help
// texts need it): --lang, else the environment.
#include "common/lang.hpp"

namespace routekaart::cli {

/// --lang (or --lang=) among the arguments, else ROUTEKAART_LANG, else the locale (LC_ALL,
/// LC_MESSAGES, LANG): Dutch when it starts with "nl", otherwise English.
Lang early_language(int argc, char** argv);

}  // namespace routekaart::cli
