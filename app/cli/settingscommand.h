#pragma once

#include <QStringList>

namespace cd::cli {

class Console;

/// `clientdesk settings`: lists the firm's settings; `settings set KEY VALUE` changes one,
/// `settings relabel-currency FROM TO` relabels amounts stored under a wrong currency code.
int runSettings(const QStringList &arguments, Console &console);

/// `clientdesk rates`: lists the stored exchange rates.
int runRates(const QStringList &arguments, Console &console);

} // namespace cd::cli
