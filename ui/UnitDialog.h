#pragma once

#include "domain/OrgUnit.h"
#include "domain/Region.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace Simutasi {

// Adds a unit below another one, or edits a unit's name, kind, code, kabupaten/kota and remote
// flag. Where the unit sits in the tree is shown but changed with "Move to…".
class UnitDialog : public QDialog
{
    Q_OBJECT
public:
    // unit.id == 0: a new unit below parentName.
    UnitDialog(const OrgUnit &unit, const QString &parentName, const QList<Region> &regions,
               QWidget *parent = nullptr);

    OrgUnit unit() const; // the unit with the entered values

    QLineEdit *nameField() const { return m_name; }
    QComboBox *kindField() const { return m_kind; }
    QLineEdit *codeField() const { return m_code; }
    QComboBox *regionField() const { return m_region; }
    QCheckBox *remoteField() const { return m_remote; }

private:
    void updateOk();

    OrgUnit m_unit;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_code = nullptr;
    QComboBox *m_region = nullptr;
    QCheckBox *m_remote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Simutasi
