#include "AuditDialog.h"

#include "AuditTrailView.h"
#include "DatabaseTask.h"
#include "OptionalDateEdit.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <memory>

namespace Simutasi {

AuditDialog::AuditDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit trail"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setPlaceholderText(tr("any user"));
    m_user->setClearButtonEnabled(true);
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_entity->setEditable(true);
    m_entity->addItem(QString());
    for (const char *entity : {"employee", "jabatan_history", "pangkat_history", "org_unit",
                               "formasi", "proposal", "proposal_line", "user", "setting"})
        m_entity->addItem(QString::fromLatin1(entity));
    m_entity->lineEdit()->setPlaceholderText(tr("any entity"));
    m_from = new OptionalDateEdit(this);
    m_to = new OptionalDateEdit(this);
    auto *apply = new QPushButton(tr("Show"), this);
    apply->setObjectName(QStringLiteral("auditApply"));
    apply->setDefault(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("Entity:"), this));
    filters->addWidget(m_entity);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), this));
    filters->addWidget(m_to);
    filters->addWidget(apply);

    m_entries = new QTreeWidget(this);
    m_entries->setObjectName(QStringLiteral("auditEntries"));
    m_entries->setRootIsDecorated(false);
    m_entries->setUniformRowHeights(true);
    m_entries->setAlternatingRowColors(true);
    m_entries->setHeaderLabels({tr("#"), tr("When"), tr("User"), tr("Action"), tr("Entity"),
                                tr("Record"), tr("Field"), tr("Before"), tr("After")});
    m_entries->setColumnWidth(0, 70);
    m_entries->setColumnWidth(1, 165);
    m_entries->setColumnWidth(2, 110);
    m_entries->setColumnWidth(3, 90);
    m_entries->setColumnWidth(4, 120);
    m_entries->setColumnWidth(5, 60);
    m_entries->setColumnWidth(6, 150);
    m_entries->setColumnWidth(7, 160);
    m_count = new QLabel(this);
    m_older = new QPushButton(tr("Show older"), this);
    m_older->setObjectName(QStringLiteral("auditOlder"));
    auto *verify = m_verify = new QPushButton(tr("Verify chain"), this);
    verify->setObjectName(QStringLiteral("auditVerify"));
    verify->setToolTip(tr("Check that no entry was changed, removed or reordered outside "
                          "Simutasi"));
    // The check cannot tell how far it is: a busy bar while it runs.
    m_verifyBusy = new QProgressBar(this);
    m_verifyBusy->setObjectName(QStringLiteral("auditVerifyBusy"));
    m_verifyBusy->setRange(0, 0);
    m_verifyBusy->setTextVisible(false);
    m_verifyBusy->setMaximumWidth(160);
    m_verifyBusy->hide();
    m_verification = new QLabel(this);
    m_verification->setObjectName(QStringLiteral("auditVerification"));
    m_verification->setWordWrap(true);
    auto *below = new QHBoxLayout;
    below->addWidget(m_count);
    below->addWidget(m_older);
    below->addStretch();
    below->addWidget(m_verification, 2);
    below->addWidget(m_verifyBusy);
    below->addWidget(verify);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_entries, 1);
    layout->addLayout(below);
    layout->addWidget(buttons);
    resize(1150, 640);

    connect(apply, &QPushButton::clicked, this, [this] {
        m_limit = PageSize;
        reload();
    });
    connect(m_user, &QLineEdit::returnPressed, apply, &QPushButton::click);
    connect(m_older, &QPushButton::clicked, this, &AuditDialog::showOlder);
    connect(verify, &QPushButton::clicked, this, &AuditDialog::verifyChain);
    reload();
}

void AuditDialog::reload()
{
    AuditFilter filter;
    filter.user = m_user->text().trimmed();
    filter.entity = m_entity->currentText().trimmed();
    if (m_from->value().isValid())
        filter.from = m_from->value().startOfDay();
    if (m_to->value().isValid())
        filter.to = m_to->value().addDays(1).startOfDay().addMSecs(-1);
    // One more than shown tells whether older entries exist.
    filter.limit = m_limit + 1;
    QList<AuditEntry> entries = AuditLog(m_database).entries(filter);
    const bool more = entries.size() > m_limit;
    if (more)
        entries.removeLast();
    m_entries->clear();
    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    items.reserve(entries.size());
    for (const AuditEntry &entry : std::as_const(entries)) {
        auto *item = new QTreeWidgetItem(
            {QString::number(entry.id),
             locale.toString(entry.at.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm:ss")),
             entry.user, AuditTrailView::actionLabel(entry.action), entry.entity,
             entry.entityId > 0 ? QString::number(entry.entityId) : QString(),
             AuditTrailView::fieldLabel(entry.field), entry.oldValue, entry.newValue});
        item->setToolTip(7, entry.oldValue);
        item->setToolTip(8, entry.newValue);
        items << item;
    }
    m_entries->addTopLevelItems(items);
    m_count->setText(more ? tr("Newest %1 entries").arg(locale.toString(entries.size()))
                          : tr("%n entr(y/ies)", nullptr, int(entries.size())));
    m_older->setEnabled(more);
}

void AuditDialog::showOlder()
{
    m_limit += PageSize;
    reload();
}

void AuditDialog::verifyChain()
{
    if (m_verifyTask)
        return;
    auto result = std::make_shared<AuditLog::Verification>();
    m_verifyTask = new DatabaseTask(
        m_database.path(),
        [result](Database &database) {
            *result = AuditLog(database).verify();
            return DatabaseError{};
        },
        this);
    connect(m_verifyTask, &DatabaseTask::finished, this, [this, result] {
        const DatabaseError error = m_verifyTask->error();
        m_verifyTask->deleteLater();
        m_verifyTask = nullptr;
        m_verifyBusy->hide();
        m_verify->setEnabled(true);
        if (error) {
            m_verification->setStyleSheet(QStringLiteral("color: #b42318; font-weight: 600;"));
            m_verification->setText(tr("The chain could not be checked: %1").arg(error.message));
            Q_EMIT verificationFinished(false);
            return;
        }
        showVerification(*result);
        Q_EMIT verificationFinished(result->intact);
    });
    m_verify->setEnabled(false);
    m_verifyBusy->show();
    m_verification->setStyleSheet(QString());
    m_verification->setText(tr("Checking the chain of every entry…"));
    m_verifyTask->start();
}

void AuditDialog::showVerification(const AuditLog::Verification &result)
{
    const QLocale locale;
    if (result.intact) {
        m_verification->setStyleSheet(QStringLiteral("color: #1a7f37;"));
        m_verification->setText(tr("Chain intact: %1 entries checked, none changed, removed or "
                                   "reordered.")
                                    .arg(locale.toString(result.checked)));
    } else {
        m_verification->setStyleSheet(QStringLiteral("color: #b42318; font-weight: 600;"));
        m_verification->setText(
            tr("Chain broken at entry #%1: %2").arg(result.firstBrokenId).arg(result.reason));
    }
}

} // namespace Simutasi
