#pragma once

#include "workflow/User.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;

namespace Simutasi {

class Database;

// "Log in to <database>": user name and password, checked with UserAccounts::login. A failed
// attempt keeps the dialog open with core's message (wrong credentials, locked until, inactive).
// A demo database shows its demo users under the fields.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(Database &database, const QString &hint, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *passwordField() const { return m_password; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *hintLabel() const { return m_hint; }

    // Tries the fields (as OK does): accepts and returns true on success, else shows why.
    bool attempt();
    const User &user() const { return m_user; }

    // The whole log-in of a database just opened: the first administrator when it has no user
    // yet, else this dialog. The user logged in, or nothing when the officer cancelled. Does not
    // touch the Session: the caller logs the user in once it adopted the database.
    static std::optional<User> logIn(Database &database, QWidget *parent);
    // The demo users' table when `database` looks like a demo province, else empty.
    static QString demoHint(Database &database);

private:
    Database &m_database;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_hint = nullptr;
    User m_user;
};

} // namespace Simutasi
