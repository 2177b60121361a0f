#pragma once

#include <QStringList>

namespace cd::cli {

class Console;

/// `clientdesk demo`: see runDemo() in democommand.cpp and docs/design.md.
int runDemo(const QStringList &arguments, Console &console);

} // namespace cd::cli
