#pragma once

#include <QDialog>

namespace Simutasi {

// Shown at the first start, when no database was open before: offers to try Simutasi on demo
// data, to create a new empty database, or to open an existing one. exec() returns the Choice.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice
    {
        NoChoice = QDialog::Rejected,
        TryDemo = 10,
        CreateNew,
        OpenExisting
    };

    WelcomeDialog(int demoEmployees, QWidget *parent = nullptr);
};

} // namespace Simutasi
