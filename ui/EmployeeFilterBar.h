#pragma once

#include "domain/OrgUnit.h"
#include "storage/EmployeeRepository.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace Simutasi {

class UnitSelector;

// The filters of the Pegawai page besides the search text: the unit (a tree picker, always in
// view) and, in a second row the "Filters" button opens, status, gender, golongan range,
// jabatan type and the three signals officers ask for (due for rotation, nearing BUP, data
// incomplete). The bar is that second row; it also makes the unit picker, the choice of active /
// departed / all employees and the toggle, which the page places in its first row (its layout
// takes them over).
class EmployeeFilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RotationYears = 5;
    static constexpr int BupMonths = 12;

    explicit EmployeeFilterBar(QWidget *parent = nullptr);

    void setUnits(const QList<OrgUnit> &unitsInTreeOrder);
    // `base` with every criterion of this bar filled in (the text is left as it is).
    EmployeeFilter applyTo(EmployeeFilter base) const;
    int activeCount() const; // criteria set in the second row
    void clear();

    UnitSelector *unitSelector() const { return m_unit; }
    QToolButton *toggleButton() const { return m_toggle; }
    QComboBox *presenceCombo() const { return m_presence; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *genderCombo() const { return m_gender; }
    QComboBox *golonganFromCombo() const { return m_golonganFrom; }
    QComboBox *golonganToCombo() const { return m_golonganTo; }
    QComboBox *jabatanTypeCombo() const { return m_jabatanType; }
    QToolButton *rotationButton() const { return m_rotation; }
    QToolButton *bupButton() const { return m_bup; }
    QToolButton *incompleteButton() const { return m_incomplete; }

Q_SIGNALS:
    void changed();

private:
    void createCombos();
    void createSignalButtons();
    void fillJabatanTypes();
    QToolButton *signalButton(const QString &name, const QString &text, const QString &tip);
    void updateToggle();
    void emitChanged();

    UnitSelector *m_unit = nullptr;
    QComboBox *m_presence = nullptr;
    QToolButton *m_toggle = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_gender = nullptr;
    QComboBox *m_golonganFrom = nullptr;
    QComboBox *m_golonganTo = nullptr;
    QComboBox *m_jabatanType = nullptr;
    QToolButton *m_rotation = nullptr;
    QToolButton *m_bup = nullptr;
    QToolButton *m_incomplete = nullptr;
    QToolButton *m_clear = nullptr;
    bool m_clearing = false;
};

} // namespace Simutasi
