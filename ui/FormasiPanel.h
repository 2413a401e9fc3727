#pragma once

#include "domain/Jabatan.h"

#include <QFrame>
#include <QHash>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Simutasi {

class FormasiTableModel;
class OrgEditor;

// The formasi card of the Organisation page: the chosen unit's formasi against its bezetting,
// a one-line summary (short, over, exact), in-place editing and "Add jabatan…".
class FormasiPanel : public QFrame
{
    Q_OBJECT
public:
    explicit FormasiPanel(QWidget *parent = nullptr);

    void setEditor(OrgEditor *editor, const QHash<qint64, Jabatan> *catalogue);
    void setUnit(qint64 unitId, const QString &unitName, bool open);
    void reload();
    // Whether the logged-in user may change formasi (OrgPage::refreshPermissions): else the
    // table does not edit and "Add jabatan…" is disabled.
    void setMayEdit(bool mayEdit);

    FormasiTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QString summary() const;

public Q_SLOTS:
    void addJabatan();

private:
    void updateSummary();
    void updateEditing();

    OrgEditor *m_editor = nullptr;
    const QHash<qint64, Jabatan> *m_catalogue = nullptr;
    QString m_unitName;
    bool m_open = false;
    bool m_mayEdit = true;
    FormasiTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace Simutasi
