#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;

namespace Simutasi {

// Asks for the date on which a unit (and every open unit below it) stopped working, and says
// what closing means for the employees still placed there.
class CloseUnitDialog : public QDialog
{
    Q_OBJECT
public:
    CloseUnitDialog(const QString &unitName, int openUnitsBelow, int employees,
                    QWidget *parent = nullptr);

    QDate closedOn() const;
    QDateEdit *dateField() const { return m_date; }

private:
    QDateEdit *m_date = nullptr;
};

} // namespace Simutasi
