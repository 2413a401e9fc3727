#pragma once

#include "storage/AuditLog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Simutasi {

class Database;
class DatabaseTask;
class OptionalDateEdit;

// The audit trail of the whole database: entries newest first, filtered by user, entity and
// period in SQL and read a page at a time ("Show older"), and a check of the hash chain that
// names the first broken entry. The check reads every entry (seconds on a large database), so
// it runs in a worker thread on its own connection while the dialog stays responsive.
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
    QPushButton *verifyButton() const { return m_verify; }
    QProgressBar *verifyProgress() const { return m_verifyBusy; }

    void reload();
    void showOlder();
    // Starts the check of the hash chain; verificationFinished() follows with the result shown.
    void verifyChain();
    bool isVerifying() const { return m_verifyTask != nullptr; }

Q_SIGNALS:
    void verificationFinished(bool intact);

private:
    void showVerification(const AuditLog::Verification &result);

    Database &m_database;
    QLineEdit *m_user = nullptr;
    QComboBox *m_entity = nullptr;
    OptionalDateEdit *m_from = nullptr;
    OptionalDateEdit *m_to = nullptr;
    QTreeWidget *m_entries = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_verification = nullptr;
    QPushButton *m_older = nullptr;
    QPushButton *m_verify = nullptr;
    QProgressBar *m_verifyBusy = nullptr;
    DatabaseTask *m_verifyTask = nullptr;
    int m_limit = PageSize;
};

} // namespace Simutasi
