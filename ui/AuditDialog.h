#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Simutasi {

class Database;
class OptionalDateEdit;

// The audit trail of the whole database: entries newest first, filtered by user, entity and
// period in SQL and read a page at a time ("Show older"), and a check of the hash chain that
// names the first broken entry.
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int PageSize = 500;

    explicit AuditDialog(Database &database, QWidget *parent = nullptr);

    QLineEdit *userFilter() const { return m_user; }
    QComboBox *entityFilter() const { return m_entity; }
    OptionalDateEdit *fromFilter() const { return m_from; }
    OptionalDateEdit *toFilter() const { return m_to; }
    QTreeWidget *entries() const { return m_entries; }
    QLabel *verification() const { return m_verification; }

    void reload();
    void showOlder();
    void verifyChain();

private:
    Database &m_database;
    QLineEdit *m_user = nullptr;
    QComboBox *m_entity = nullptr;
    OptionalDateEdit *m_from = nullptr;
    OptionalDateEdit *m_to = nullptr;
    QTreeWidget *m_entries = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_verification = nullptr;
    QPushButton *m_older = nullptr;
    int m_limit = PageSize;
};

} // namespace Simutasi
