#pragma once

#include <QStringList>

namespace cd::cli {

class Console;

/// `clientdesk calendar -o FILE.ics [--manager NAME] [--days N]`: the notice deadlines,
/// renewals, contract ends, follow-ups and service requests' due times ahead (and the missed
/// ones of the last 30 days) as an iCalendar file (issue 29).
int runCalendar(const QStringList &arguments, Console &console);

} // namespace cd::cli
