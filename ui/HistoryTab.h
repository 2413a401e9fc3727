#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Simutasi {

class HistoryModelBase;

// One history tab of the employee dialog: a short explanation, Add and Delete buttons and the
// editable table. A stored row is deleted only after a confirmation that says why it should be
// rare (only rows entered by mistake) and that the deletion is recorded with the old values.
class HistoryTab : public QWidget
{
    Q_OBJECT
public:
    HistoryTab(HistoryModelBase *model, const QString &explanation, QWidget *parent = nullptr);

    HistoryModelBase *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *deleteButton() const { return m_delete; }

    void addRow();
    // Deletes the current row; a stored one only if the officer confirms. True when deleted.
    bool deleteCurrentRow();

private:
    void sizeColumns();
    void updateButtons();
    void updateEmptyNote();

    HistoryModelBase *m_model;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Simutasi
