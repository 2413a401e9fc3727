#pragma once

#include "workflow/User.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Simutasi {

class Database;

// The first run of a new database: creates its administrator (name, full name, password twice)
// with UserAccounts::createFirstAdministrator, who is then logged in.
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstAdministratorDialog(Database &database, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *fullNameField() const { return m_fullName; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *repeatField() const { return m_repeat; }
    QLabel *messageLabel() const { return m_message; }

    // Creates the account from the fields (as OK does): accepts and returns true on success.
    bool attempt();
    const User &user() const { return m_user; }

private:
    Database &m_database;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    User m_user;
};

} // namespace Simutasi
