#include "UserAdminDialog.h"

#include "DialogSeams.h"
#include "session/Session.h"
#include "workflow/UserAccounts.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Simutasi {

namespace {

// The small forms of the administration: a new user, roles, a new password.
class UserForm : public QDialog
{
public:
    UserForm(const QString &title, bool identity, bool password, const RoleSet *roles,
             QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(title);
        auto *form = new QFormLayout(this);
        if (identity) {
            m_name = field(QStringLiteral("userName"));
            m_fullName = field(QStringLiteral("userFullName"));
            form->addRow(UserAdminDialog::tr("User name:"), m_name);
            form->addRow(UserAdminDialog::tr("Full name:"), m_fullName);
        }
        if (password) {
            m_password = field(QStringLiteral("userPassword"));
            m_password->setEchoMode(QLineEdit::Password);
            m_password->setPlaceholderText(
                UserAdminDialog::tr("at least %1 characters").arg(UserAccounts::MinPasswordLength));
            form->addRow(UserAdminDialog::tr("Password:"), m_password);
        }
        if (roles) {
            auto *box = new QWidget(this);
            auto *boxLayout = new QVBoxLayout(box);
            boxLayout->setContentsMargins(0, 0, 0, 0);
            for (Role role : Roles::all()) {
                auto *check = new QCheckBox(Roles::name(role), box);
                check->setObjectName(QStringLiteral("role_") + Roles::code(role));
                check->setChecked(roles->has(role));
                boxLayout->addWidget(check);
                m_roles.append({role, check});
            }
            form->addRow(UserAdminDialog::tr("Roles:"), box);
        }
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        form->addRow(buttons);
    }
    QString name() const { return m_name ? m_name->text().trimmed() : QString(); }
    QString fullName() const { return m_fullName ? m_fullName->text().trimmed() : QString(); }
    QString password() const { return m_password ? m_password->text() : QString(); }
    RoleSet roles() const
    {
        RoleSet set;
        for (const auto &[role, check] : m_roles) {
            if (check->isChecked())
                set.add(role);
        }
        return set;
    }

private:
    QLineEdit *field(const QString &objectName)
    {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        return edit;
    }
    QLineEdit *m_name = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_password = nullptr;
    QList<std::pair<Role, QCheckBox *>> m_roles;
};

} // namespace

UserAdminDialog::UserAdminDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("userAdminDialog"));
    setWindowTitle(tr("Users"));
    m_users = new QTreeWidget(this);
    m_users->setObjectName(QStringLiteral("userList"));
    m_users->setRootIsDecorated(false);
    m_users->setHeaderLabels(
        {tr("User"), tr("Full name"), tr("Roles"), tr("State"), tr("Last log-in")});
    m_users->setColumnWidth(0, 120);
    m_users->setColumnWidth(1, 200);
    m_users->setColumnWidth(2, 260);
    m_users->setColumnWidth(3, 200);

    auto *add = new QPushButton(tr("Add user…"), this);
    add->setObjectName(QStringLiteral("addUserButton"));
    m_roles = new QPushButton(tr("Roles…"), this);
    m_roles->setObjectName(QStringLiteral("rolesButton"));
    m_password = new QPushButton(tr("Reset password…"), this);
    m_password->setObjectName(QStringLiteral("passwordButton"));
    m_active = new QPushButton(tr("Deactivate"), this);
    m_active->setObjectName(QStringLiteral("activeButton"));
    m_unlock = new QPushButton(tr("Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {add, m_roles, m_password, m_active, m_unlock})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_users, 1);
    top->addLayout(buttons);

    const UserAccounts::LockoutPolicy policy = UserAccounts(database).lockoutPolicy();
    auto *policyBox = new QGroupBox(tr("Lock-out after failed log-ins"), this);
    m_maxFailures = new QSpinBox(policyBox);
    m_maxFailures->setObjectName(QStringLiteral("maxFailures"));
    m_maxFailures->setRange(1, 100);
    m_maxFailures->setValue(policy.maxFailedLogins);
    m_lockoutMinutes = new QSpinBox(policyBox);
    m_lockoutMinutes->setObjectName(QStringLiteral("lockoutMinutes"));
    m_lockoutMinutes->setRange(1, 24 * 60);
    m_lockoutMinutes->setSuffix(tr(" min"));
    m_lockoutMinutes->setValue(policy.lockoutMinutes);
    auto *applyPolicyButton = new QPushButton(tr("Apply"), policyBox);
    auto *policyLayout = new QHBoxLayout(policyBox);
    policyLayout->addWidget(new QLabel(tr("Lock an account after"), policyBox));
    policyLayout->addWidget(m_maxFailures);
    policyLayout->addWidget(new QLabel(tr("failures in a row, for"), policyBox));
    policyLayout->addWidget(m_lockoutMinutes);
    policyLayout->addStretch();
    policyLayout->addWidget(applyPolicyButton);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(policyBox);
    layout->addWidget(close);
    resize(980, 480);

    connect(add, &QPushButton::clicked, this, &UserAdminDialog::addUser);
    connect(m_roles, &QPushButton::clicked, this, &UserAdminDialog::changeRoles);
    connect(m_password, &QPushButton::clicked, this, &UserAdminDialog::resetPassword);
    connect(m_active, &QPushButton::clicked, this, &UserAdminDialog::toggleActive);
    connect(m_unlock, &QPushButton::clicked, this, &UserAdminDialog::unlock);
    connect(applyPolicyButton, &QPushButton::clicked, this, &UserAdminDialog::applyPolicy);
    connect(m_users, &QTreeWidget::currentItemChanged, this, &UserAdminDialog::updateButtons);
    reload();
}

void UserAdminDialog::reload()
{
    const QString keep = selected() ? selected()->name : QString();
    m_list = UserAccounts(m_database).users();
    m_users->clear();
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const User &user : std::as_const(m_list)) {
        QString state = user.active ? tr("active") : tr("deactivated");
        if (user.lockedUntil.isValid() && user.lockedUntil > now)
            state = tr("locked until %1")
                        .arg(locale.toString(user.lockedUntil.toLocalTime(), QLocale::ShortFormat));
        else if (user.failedLogins > 0)
            state += tr(", %n failed log-in(s)", nullptr, user.failedLogins);
        new QTreeWidgetItem(
            m_users, {user.name, user.fullName, Roles::names(user.roles), state,
                      user.lastLoginAt.isValid()
                          ? locale.toString(user.lastLoginAt.toLocalTime(), QLocale::ShortFormat)
                          : QString()});
    }
    selectUser(keep);
    updateButtons();
}

void UserAdminDialog::selectUser(const QString &name)
{
    for (int row = 0; row < m_users->topLevelItemCount(); ++row) {
        if (m_users->topLevelItem(row)->text(0) == name)
            m_users->setCurrentItem(m_users->topLevelItem(row));
    }
}

std::optional<User> UserAdminDialog::selected() const
{
    QTreeWidgetItem *item = m_users ? m_users->currentItem() : nullptr;
    if (!item)
        return std::nullopt;
    const int row = m_users->indexOfTopLevelItem(item);
    return row >= 0 && row < m_list.size() ? std::optional<User>(m_list.at(row)) : std::nullopt;
}

void UserAdminDialog::updateButtons()
{
    const std::optional<User> user = selected();
    for (QPushButton *button : {m_roles, m_password, m_active, m_unlock})
        button->setEnabled(user.has_value());
    if (!user)
        return;
    m_active->setText(user->active ? tr("Deactivate") : tr("Activate"));
    m_unlock->setEnabled(user->failedLogins > 0 || user->lockedUntil.isValid());
}

bool UserAdminDialog::report(const QString &what, const DatabaseError &error)
{
    if (error)
        DialogSeams::critical(this, what, error.message);
    reload();
    return !error;
}

void UserAdminDialog::addUser()
{
    const RoleSet none;
    UserForm form(tr("Add user"), true, true, &none, this);
    if (DialogSeams::exec(form) != QDialog::Accepted)
        return;
    report(tr("The user was not added"),
           UserAccounts(m_database)
               .addUser(Session::currentUser(),
                        {form.name(), form.fullName(), form.password(), form.roles()}));
    selectUser(form.name());
}

void UserAdminDialog::changeRoles()
{
    const std::optional<User> user = selected();
    if (!user)
        return;
    UserForm form(tr("Roles of %1").arg(user->name), false, false, &user->roles, this);
    if (DialogSeams::exec(form) != QDialog::Accepted)
        return;
    report(tr("The roles were not changed"),
           UserAccounts(m_database).setRoles(Session::currentUser(), user->id, form.roles()));
}

void UserAdminDialog::resetPassword()
{
    const std::optional<User> user = selected();
    if (!user)
        return;
    UserForm form(tr("New password for %1").arg(user->name), false, true, nullptr, this);
    if (DialogSeams::exec(form) != QDialog::Accepted)
        return;
    if (report(tr("The password was not changed"),
               UserAccounts(m_database)
                   .setPassword(Session::currentUser(), user->id, form.password())))
        DialogSeams::information(
            this, tr("Password changed"),
            tr("%1 logs in with the new password from now on.").arg(user->name));
}

void UserAdminDialog::toggleActive()
{
    const std::optional<User> user = selected();
    if (!user)
        return;
    report(user->active ? tr("The user was not deactivated") : tr("The user was not activated"),
           UserAccounts(m_database).setActive(Session::currentUser(), user->id, !user->active));
}

void UserAdminDialog::unlock()
{
    const std::optional<User> user = selected();
    if (!user)
        return;
    report(tr("The account was not unlocked"),
           UserAccounts(m_database).unlock(Session::currentUser(), user->id));
}

void UserAdminDialog::applyPolicy()
{
    report(tr("The lock-out policy was not changed"),
           UserAccounts(m_database)
               .setLockoutPolicy(Session::currentUser(),
                                 {m_maxFailures->value(), m_lockoutMinutes->value()}));
}

} // namespace Simutasi
