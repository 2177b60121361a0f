#pragma once

#include <QCoreApplication>

namespace cd {

/// The translation context of the main window's texts. The session, the area navigator, the
/// actions and the session's dialogs took these texts over from MainWindow; they keep its
/// context (cd::MainWindow), so the translations in resources/translations still find them.
/// New texts of those classes use their own tr().
struct WindowTexts
{
    Q_DECLARE_TR_FUNCTIONS(cd::MainWindow)
};

} // namespace cd
