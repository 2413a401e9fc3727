#pragma once

#include "domain/Jabatan.h"
#include "domain/Region.h"

#include <QHash>
#include <QWidget>

class QAction;
class QBoxLayout;
class QSplitter;
class QCheckBox;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace Simutasi {

struct DatabaseError;
class FormasiPanel;
class OrgEditor;
class OrgTreeFilter;
class OrgTreeModel;
class UnitDetailPanel;

// The "Units and formasi" tab of the Organisation page: the organisation tree with its search
// and its actions (add, edit, move, close or reopen, remove; units can also be dragged onto
// their new place and renamed in place with F2), and next to it the chosen unit's details and
// formasi. Every change goes through OrgEditor; the tree is then updated in place.
class OrgUnitsView : public QWidget
{
    Q_OBJECT
public:
    explicit OrgUnitsView(QWidget *parent = nullptr);

    // editor == nullptr: no database open.
    void setEditor(OrgEditor *editor, const QHash<qint64, Jabatan> *catalogue);
    // Reads the tree again (after an import), keeping the expanded branches and the selection.
    void reload();
    // Whether the logged-in user may change units and formasi (OrgPage::refreshPermissions):
    // else the unit actions are disabled with the role they need, and dragging and in-place
    // renaming are off.
    void setMayEdit(bool mayEdit);

    qint64 currentUnitId() const;
    void selectUnit(qint64 unitId);

    OrgTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *showClosedField() const { return m_showClosed; }
    UnitDetailPanel *detailPanel() const { return m_detail; }
    FormasiPanel *formasiPanel() const { return m_formasi; }

public Q_SLOTS:
    void addUnit();
    void editUnit();
    void chooseNewPlace();
    void closeUnit();
    void reopenUnit();
    void removeUnit();
    // The actions behind a drop and an in-place rename; also used by the slots above.
    bool moveUnitTo(qint64 unitId, qint64 newParentId);
    bool renameUnit(qint64 unitId, const QString &name);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // From this width on, the unit's card and formasi stand beside the tree, else below it.
    static constexpr int SideBySideWidth = 1300;
    static constexpr int DetailWidth = 420; // of the unit card when below the tree

    void arrange(bool sideBySide);
    QWidget *createTreeCard();
    void createTree();
    void createActions();
    QPushButton *buttonFor(QAction *action);
    void showContextMenu(const QPoint &position);
    void sizeColumns();
    void currentChanged();
    void updateActions();
    void applySearch(const QString &text);
    QModelIndex viewIndex(qint64 unitId) const;
    QList<qint64> expandedUnits() const;
    bool report(const DatabaseError &error, const QString &title);
    void refreshUnit(qint64 unitId);

    OrgEditor *m_editor = nullptr;
    bool m_mayEdit = true;
    QList<Region> m_regions;
    OrgTreeModel *m_model = nullptr;
    OrgTreeFilter *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showClosed = nullptr;
    QTreeView *m_tree = nullptr;
    QSplitter *m_splitter = nullptr;
    QBoxLayout *m_sideLayout = nullptr;
    bool m_arranged = false;
    UnitDetailPanel *m_detail = nullptr;
    FormasiPanel *m_formasi = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_moveAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_removeAction = nullptr;
};

} // namespace Simutasi
