#pragma once

#include <QMainWindow>

namespace Qonduit {

// The application window. The connection dialog (issue 3) will be its content; for now it only
// shows that the application starts and quits like a desktop program should.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Qonduit
