#pragma once

#include "storage/DatabaseError.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace Simutasi {

class CompetencyDictionaryModel;
class CompetencyEditor;

// Kamus kompetensi: the dictionary grouped by kind, with the description and the five level
// descriptions of the chosen competency beside it. Add and Edit open CompetencyDialog; Retire
// takes a competency out of use without losing where it is used; Remove deletes only an entry
// nothing names. Every change goes through CompetencyEditor (one transaction with its audit).
class CompetencyDictionaryView : public QWidget
{
    Q_OBJECT
public:
    explicit CompetencyDictionaryView(QWidget *parent = nullptr);

    void setEditor(CompetencyEditor *editor); // nullptr: nothing open
    void reload();
    // Whether the logged-in user may change the dictionary (CompetencyPage::refreshPermissions).
    void setMayEdit(bool mayEdit);

    CompetencyDictionaryModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *retireButton() const { return m_retire; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *detail() const { return m_detail; }
    void selectCompetency(qint64 competencyId);

public Q_SLOTS:
    void addCompetency();
    void editCurrent();
    void retireOrReinstateCurrent();
    void removeCurrent();

Q_SIGNALS:
    // After any change to the dictionary: other tabs read their competency lists again.
    void dictionaryChanged();

private:
    qint64 currentId() const;
    void showCurrent();
    bool report(const DatabaseError &error, const QString &title);

    CompetencyEditor *m_editor = nullptr;
    bool m_mayEdit = true;
    CompetencyDictionaryModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Simutasi
