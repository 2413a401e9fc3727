#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QTreeView;

namespace Simutasi {

class OrgTreeFilter;
class OrgTreeModel;

// "Move to…": picks the new place of a unit in the organisation tree. Offers the open units
// except the moving unit and everything below it, with a search field for the thousands of
// schools and puskesmas.
class UnitPickerDialog : public QDialog
{
    Q_OBJECT
public:
    UnitPickerDialog(OrgTreeModel &model, qint64 movingUnitId, QWidget *parent = nullptr);

    qint64 chosenUnit() const;
    void choose(qint64 unitId); // selects a unit, as a click would
    QTreeView *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }

private:
    void updateOk();

    OrgTreeModel &m_model;
    qint64 m_currentParent = 0;
    OrgTreeFilter *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_tree = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Simutasi
