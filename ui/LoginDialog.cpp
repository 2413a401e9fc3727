#include "LoginDialog.h"

#include "DialogSeams.h"
#include "FirstAdministratorDialog.h"
#include "demo/DemoWorkflow.h"
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

LoginDialog::LoginDialog(Database &database, const QString &hint, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in"));
    auto *intro = new QLabel(
        tr("Log in to <b>%1</b>.").arg(QFileInfo(database.path()).fileName().toHtmlEscaped()),
        this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("loginName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_message->hide();
    m_hint = new QLabel(hint, this);
    m_hint->setObjectName(QStringLiteral("loginDemoHint"));
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setStyleSheet(QStringLiteral(
        "background: #eef4fb; border: 1px solid #c9dcf0; border-radius: 6px; padding: 8px;"));
    m_hint->setVisible(!hint.isEmpty());

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

bool LoginDialog::attempt()
{
    UserAccounts accounts(m_database);
    const UserAccounts::LoginResult result =
        accounts.login(m_name->text().trimmed(), m_password->text());
    if (!result.ok()) {
        m_message->setText(result.status == UserAccounts::LoginResult::Status::Failed
                               ? result.error.message
                               : result.message);
        m_message->show();
        m_password->clear();
        m_password->setFocus();
        return false;
    }
    m_user = result.user;
    accept();
    return true;
}

QString LoginDialog::demoHint(Database &database)
{
    // A demo province has every demo user; its file is named demo…  (the generator's default
    // and the CLI's examples). Both together, so a real database never shows passwords.
    if (!QFileInfo(database.path())
             .fileName()
             .startsWith(QStringLiteral("demo"), Qt::CaseInsensitive))
        return {};
    UserAccounts accounts(database);
    QString rows;
    for (const DemoWorkflow::DemoUser &demo : DemoWorkflow::users()) {
        const QString name = QString::fromLatin1(demo.name);
        if (!accounts.user(name))
            return {};
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(name, QString::fromLatin1(demo.password), Roles::name(demo.role));
    }
    return tr("<b>Demo database</b> — log in as one of:") +
           QStringLiteral("<table cellspacing=\"6\">%1</table>").arg(rows);
}

std::optional<User> LoginDialog::logIn(Database &database, QWidget *parent)
{
    if (UserAccounts::needsFirstAdministrator(database)) {
        FirstAdministratorDialog first(database, parent);
        if (DialogSeams::exec(first) != QDialog::Accepted || !first.user().isValid())
            return std::nullopt;
        return first.user();
    }
    LoginDialog dialog(database, demoHint(database), parent);
    if (DialogSeams::exec(dialog) != QDialog::Accepted || !dialog.user().isValid())
        return std::nullopt;
    return dialog.user();
}

} // namespace Simutasi
