#pragma once

#include "domain/OrgUnit.h"

#include <QComboBox>

class QFrame;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace Simutasi {

class OrgTreeFilter;
class OrgTreeModel;

// A combo box that picks one unit of the organisation tree. Its popup is the tree itself
// (province, OPDs, units below them) with a search field, since a province has thousands of
// schools and puskesmas; a button at the top picks "no unit" (shown as the placeholder, e.g.
// "All units" in a filter).
class UnitSelector : public QComboBox
{
    Q_OBJECT
public:
    explicit UnitSelector(QWidget *parent = nullptr);
    ~UnitSelector() override;

    // unitsInTreeOrder: parents before children, as OrgRepository::units() returns them.
    void setUnits(const QList<OrgUnit> &unitsInTreeOrder);
    void setPlaceholder(const QString &text);
    void setShowClosed(bool show); // closed units offered in the popup (always shown if chosen)

    qint64 unitId() const { return m_unitId; }
    void setUnitId(qint64 unitId); // does not emit unitChosen
    QString unitName() const;
    // "Dinas Pendidikan › Bidang SMA › SMA Negeri 1"
    QString unitPath(qint64 unitId) const;

    void showPopup() override;
    void hidePopup() override;
    QTreeView *popupTree() const { return m_tree; }
    QLineEdit *popupSearch() const { return m_search; }

Q_SIGNALS:
    void unitChosen(qint64 unitId); // by the user

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createPopup();
    void choose(qint64 unitId);
    void chooseCurrent();
    void updateText();
    void filterTree(const QString &text);

    OrgTreeModel *m_model;
    OrgTreeFilter *m_filter;
    QFrame *m_popup = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_none = nullptr;
    QTreeView *m_tree = nullptr;
    QString m_placeholder;
    qint64 m_unitId = 0;
};

} // namespace Simutasi
