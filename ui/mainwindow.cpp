#include "mainwindow.h"

namespace cd {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("ClientDesk"));
}

MainWindow::~MainWindow() = default;

} // namespace cd
