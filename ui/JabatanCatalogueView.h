#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Simutasi {

class JabatanTableModel;
class OrgEditor;
struct Jabatan;

// The "Jabatan catalogue" tab of the Organisation page: every jabatan with its type and level,
// golongan range and education requirement; searchable, sortable, with "Add jabatan…" and
// "Edit…" (also a double-click). Changes go through OrgEditor and are audited.
class JabatanCatalogueView : public QWidget
{
    Q_OBJECT
public:
    explicit JabatanCatalogueView(QWidget *parent = nullptr);

    void setEditor(OrgEditor *editor); // nullptr: no database open
    void reload();
    // Whether the logged-in user may change the catalogue (OrgPage::refreshPermissions).
    void setMayEdit(bool mayEdit);
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }

    JabatanTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    qint64 currentJabatanId() const;
    void selectJabatan(qint64 jabatanId);

public Q_SLOTS:
    void addJabatan();
    void editJabatan();

Q_SIGNALS:
    void catalogueChanged(const Jabatan &jabatan);

private:
    bool save(const Jabatan &jabatan);
    void updateCount();
    void updateButtons();

    OrgEditor *m_editor = nullptr;
    bool m_mayEdit = true;
    JabatanTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Simutasi
