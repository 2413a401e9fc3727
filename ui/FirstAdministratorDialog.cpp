#include "FirstAdministratorDialog.h"

#include "storage/Database.h"
#include "workflow/UserAccounts.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Simutasi {

FirstAdministratorDialog::FirstAdministratorDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("firstAdministratorDialog"));
    setWindowTitle(tr("First administrator"));
    auto *intro = new QLabel(
        tr("<b>%1</b> has no users yet. Create its administrator: the account that adds the "
           "other users and gives them their roles.")
            .arg(QFileInfo(database.path()).fileName().toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("adminName"));
    m_name->setText(QStringLiteral("admin"));
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("adminFullName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(
        tr("at least %1 characters").arg(UserAccounts::MinPasswordLength));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("adminRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("adminMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create and log in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

bool FirstAdministratorDialog::attempt()
{
    const auto fail = [this](const QString &message) {
        m_message->setText(message);
        m_message->show();
        return false;
    };
    const QString name = m_name->text().trimmed();
    if (const QString why = UserAccounts::checkName(name); !why.isEmpty())
        return fail(why);
    if (m_fullName->text().trimmed().isEmpty())
        return fail(tr("Enter the administrator's full name."));
    if (const QString why = UserAccounts::checkPassword(m_password->text()); !why.isEmpty())
        return fail(why);
    if (m_password->text() != m_repeat->text())
        return fail(tr("The two passwords differ."));

    UserAccounts accounts(m_database);
    if (const DatabaseError error = accounts.createFirstAdministrator(
            {name, m_fullName->text().trimmed(), m_password->text(), {}}))
        return fail(error.message);
    const UserAccounts::LoginResult result = accounts.login(name, m_password->text());
    if (!result.ok())
        return fail(result.message.isEmpty() ? result.error.message : result.message);
    m_user = result.user;
    accept();
    return true;
}

} // namespace Simutasi
