#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;

namespace cd {

class MainWindow;

/// The main window's menus: every QAction with its shortcut, the Recent Servers menu (filled
/// when it opens), and which actions may be used now (update(): an open database, a sample
/// being created, an export or restore going on, the page that shows).
class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)

public:
    /// Builds the menus into `window`'s menu bar.
    explicit MainActions(MainWindow &window);

    /// Enables what can be done now and checks the area shown in the View menu.
    void update();

private:
    void createFileMenu();
    void createEditAndViewMenus();
    void createToolsMenu();
    void createHelpMenu();
    void fillRecentServers();
    /// Checks the View menu's entry of the area shown.
    void checkArea(int area);

    MainWindow &m_window;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QMenu *m_recentServersMenu = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_importAction = nullptr;
    QMenu *m_exportMenu = nullptr;
    QAction *m_calendarAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_duplicatesAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_clientReportAction = nullptr;
    QAction *m_portfolioReportAction = nullptr;
    QAction *m_batchReportAction = nullptr;
    QAction *m_firmProfileAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_newClientAction = nullptr;
    QAction *m_newCustomerAction = nullptr;
    QAction *m_interactionAction = nullptr;
    QAction *m_saleAction = nullptr;
    QAction *m_opportunityAction = nullptr;
    QAction *m_catalogueAction = nullptr;
    QActionGroup *m_areaActions = nullptr;
};

} // namespace cd
