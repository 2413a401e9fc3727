#pragma once

#include "storage/DatabaseError.h"
#include "workflow/User.h"

#include <QDialog>

class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Simutasi {

class Database;

// User administration (Administrator only): the users with roles and state, adding a user,
// changing roles, resetting a password, deactivating, unlocking, and the lock-out policy. Every
// change goes through UserAccounts with the logged-in administrator as actor; refusals are shown
// as core words them.
class UserAdminDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserAdminDialog(Database &database, QWidget *parent = nullptr);

    QTreeWidget *userList() const { return m_users; }
    void reload();
    void selectUser(const QString &name);

    // The buttons' work; each asks what it needs through DialogSeams (the form dialogs have
    // object names: userName, userFullName, userPassword, role_<code>).
    void addUser();
    void changeRoles();
    void resetPassword();
    void toggleActive();
    void unlock();
    void applyPolicy();
    QSpinBox *maxFailuresField() const { return m_maxFailures; }
    QSpinBox *lockoutMinutesField() const { return m_lockoutMinutes; }

private:
    std::optional<User> selected() const;
    void updateButtons();
    bool report(const QString &what, const DatabaseError &error);

    Database &m_database;
    QList<User> m_list;
    QTreeWidget *m_users = nullptr;
    QPushButton *m_roles = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_active = nullptr;
    QPushButton *m_unlock = nullptr;
    QSpinBox *m_maxFailures = nullptr;
    QSpinBox *m_lockoutMinutes = nullptr;
};

} // namespace Simutasi
