#include "DecreesPage.h"

#include "DateText.h"
#include "DecreeSettingsDialog.h"
#include "DialogSeams.h"
#include "PageHeader.h"
#include "PermissionUi.h"
#include "PrinterPageTarget.h"
#include "decree/DecreeNotifications.h"
#include "decree/DecreeRegistry.h"
#include "decree/DecreeRenderer.h"
#include "mail/MailQueue.h"
#include "mail/SmtpClient.h"
#include "session/Session.h"
#include "workflow/ProposalRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Simutasi {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells, qint64 id)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c == 0)
            item->setData(Qt::UserRole, id);
        table->setItem(row, c, item);
    }
}

QString responseText(const DecreeNotice &n)
{
    switch (n.response) {
    case DecreeNotice::Response::Acknowledged:
        return DecreesPage::tr("Acknowledged %1").arg(dateText(n.responseOn));
    case DecreeNotice::Response::Objected:
        return DecreesPage::tr("Keberatan %1: %2").arg(dateText(n.responseOn), n.objectionReason);
    case DecreeNotice::Response::None:
        break;
    }
    return n.informedOn.isValid() ? DecreesPage::tr("Waiting for an answer") : QString();
}

QString resolutionText(const DecreeNotice &n)
{
    switch (n.resolution) {
    case DecreeNotice::Resolution::Upheld:
        return DecreesPage::tr("Upheld %1").arg(dateText(n.resolutionOn));
    case DecreeNotice::Resolution::Rejected:
        return DecreesPage::tr("Rejected %1").arg(dateText(n.resolutionOn));
    case DecreeNotice::Resolution::None:
        break;
    }
    return n.response == DecreeNotice::Response::Objected ? DecreesPage::tr("Open") : QString();
}

// A small form dialog: label/widget rows and OK/Cancel, run through DialogSeams.
struct FormDialog
{
    QDialog dialog;
    QFormLayout *form;
    explicit FormDialog(QWidget *parent, const QString &title)
        : dialog(parent)
        , form(new QFormLayout)
    {
        dialog.setWindowTitle(title);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addLayout(form);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
    }
    QDateEdit *date(const QString &label)
    {
        auto *edit = new QDateEdit(QDate::currentDate(), &dialog);
        edit->setObjectName(QStringLiteral("date"));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DateDisplayFormat);
        form->addRow(label, edit);
        return edit;
    }
    bool run() { return DialogSeams::exec(dialog) == QDialog::Accepted; }
};

} // namespace

DecreesPage::DecreesPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Decrees & Notification"),
                                     tr("Issue the decree (SK) of an approved proposal, print it "
                                        "with its Lampiran, petikan and letters, and follow the "
                                        "notification of every employee."),
                                     this));
    auto *decreeButtons = new QHBoxLayout;
    const auto button = [this](QHBoxLayout *row, QList<QPushButton *> &group, const QString &text,
                               const char *name, void (DecreesPage::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
        group.append(b);
        return b;
    };
    QList<QPushButton *> always;
    m_issueButton = button(decreeButtons, always, tr("Issue decree…"), "issueButton",
                           &DecreesPage::issueDecree);
    button(decreeButtons, m_decreeButtons, tr("Print preview…"), "previewButton",
           &DecreesPage::printPreview);
    button(decreeButtons, m_decreeButtons, tr("Save PDF…"), "pdfButton", &DecreesPage::savePdf);
    button(decreeButtons, m_decreeButtons, tr("Save petikan and letters…"), "lettersButton",
           &DecreesPage::saveLetters);
    m_emailButton = button(decreeButtons, m_decreeButtons, tr("Send e-mails"), "emailButton",
                           &DecreesPage::sendEmails);
    decreeButtons->addStretch();
    m_settingsButton = button(decreeButtons, always, tr("Settings…"), "settingsButton",
                              &DecreesPage::editSettings);
    layout->addLayout(decreeButtons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_decrees = makeTable({tr("Number"), tr("Date"), tr("Proposal"), tr("Employees"),
                           tr("Informed"), tr("Acknowledged"), tr("Objected"), tr("Pending")},
                          splitter);
    m_decrees->setObjectName(QStringLiteral("decreeTable"));
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(lower);
    lowerLayout->addWidget(m_summary);
    m_notices = makeTable({tr("Name"), tr("NIP"), tr("Channel"), tr("Informed"), tr("Answer"),
                           tr("Objection decided")},
                          lower);
    m_notices->setObjectName(QStringLiteral("noticeTable"));
    lowerLayout->addWidget(m_notices);
    auto *noticeButtons = new QHBoxLayout;
    button(noticeButtons, m_noticeButtons, tr("Letter handed over…"), "handedOverButton",
           &DecreesPage::markHandedOver);
    button(noticeButtons, m_noticeButtons, tr("Acknowledged…"), "acknowledgeButton",
           &DecreesPage::acknowledge);
    button(noticeButtons, m_noticeButtons, tr("Keberatan…"), "objectionButton",
           &DecreesPage::recordObjection);
    button(noticeButtons, m_noticeButtons, tr("Decide keberatan…"), "resolveButton",
           &DecreesPage::resolveObjection);
    noticeButtons->addStretch();
    lowerLayout->addLayout(noticeButtons);
    splitter->addWidget(m_decrees);
    splitter->addWidget(lower);
    layout->addWidget(splitter, 1);

    connect(m_decrees, &QTableWidget::itemSelectionChanged, this, &DecreesPage::showNotices);
    connect(m_notices, &QTableWidget::itemSelectionChanged, this, &DecreesPage::refreshPermissions);
    showNotices();
}

void DecreesPage::setDatabase(Database *database)
{
    m_database = database;
    reload();
}

void DecreesPage::reload()
{
    const qint64 keep = currentDecreeId();
    m_decrees->setRowCount(0);
    if (m_database) {
        const QList<IssuedDecree> decrees = DecreeRegistry(*m_database).decrees();
        const ProposalRepository proposals(*m_database);
        DecreeNotifications notifications(*m_database);
        m_decrees->setRowCount(int(decrees.size()));
        for (int row = 0; row < decrees.size(); ++row) {
            const IssuedDecree &d = decrees.at(row);
            const NoticeOverview o = notifications.overview(d.id);
            const auto proposal = proposals.proposal(d.proposalId);
            setRow(m_decrees, row,
                   {d.number, dateText(d.date), proposal ? proposal->number : QString(),
                    QString::number(o.employees), QString::number(o.informed),
                    QString::number(o.acknowledged), QString::number(o.objected),
                    QString::number(o.pending)},
                   d.id);
            if (d.id == keep)
                m_decrees->selectRow(row);
        }
        m_decrees->resizeColumnsToContents();
    }
    showNotices();
}

qint64 DecreesPage::currentDecreeId() const
{
    const QList<QTableWidgetItem *> selected = m_decrees->selectedItems();
    return selected.isEmpty()
               ? 0
               : m_decrees->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

qint64 DecreesPage::currentNoticeId() const
{
    const QList<QTableWidgetItem *> selected = m_notices->selectedItems();
    return selected.isEmpty()
               ? 0
               : m_notices->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

std::optional<IssuedDecree> DecreesPage::currentDecree() const
{
    if (!m_database || currentDecreeId() <= 0)
        return std::nullopt;
    return DecreeRegistry(*m_database).decree(currentDecreeId());
}

void DecreesPage::showNotices()
{
    const qint64 keep = currentNoticeId();
    m_notices->setRowCount(0);
    const qint64 decreeId = currentDecreeId();
    if (!m_database || decreeId <= 0) {
        m_summary->setText(tr("Choose a decree to see the notification of its employees."));
        refreshPermissions();
        return;
    }
    DecreeNotifications notifications(*m_database);
    const QList<DecreeNotice> notices = notifications.notices(decreeId);
    m_notices->setRowCount(int(notices.size()));
    for (int row = 0; row < notices.size(); ++row) {
        const DecreeNotice &n = notices.at(row);
        QString channel = n.channel == DecreeNotice::Channel::Email ? tr("E-mail") : tr("Letter");
        if (!n.emailStatus.isEmpty())
            channel += QStringLiteral(" (") + n.emailStatus + QStringLiteral(")");
        setRow(m_notices, row,
               {n.employeeName, DecreeRenderer::formatNip(n.nip), channel, dateText(n.informedOn),
                responseText(n), resolutionText(n)},
               n.id);
        if (n.id == keep)
            m_notices->selectRow(row);
    }
    m_notices->resizeColumnsToContents();
    const NoticeOverview o = notifications.overview(decreeId);
    m_summary->setText(tr("%1 employees: %2 informed, %3 acknowledged, %4 objected (%5 open), "
                          "%6 waiting.")
                           .arg(o.employees)
                           .arg(o.informed)
                           .arg(o.acknowledged)
                           .arg(o.objected)
                           .arg(o.objectionsOpen)
                           .arg(o.pending));
    refreshPermissions();
}

void DecreesPage::refreshPermissions()
{
    const bool decree = m_database && currentDecreeId() > 0;
    for (QPushButton *b : std::as_const(m_decreeButtons))
        b->setEnabled(decree);
    PermissionUi::gate(m_emailButton, m_database, DataAction::NotifyEmployees, decree);
    for (QPushButton *b : std::as_const(m_noticeButtons))
        PermissionUi::gate(b, m_database, DataAction::NotifyEmployees,
                           decree && currentNoticeId() > 0);
    PermissionUi::gate(m_issueButton, m_database != nullptr,
                       PermissionUi::allows(WorkflowAction::IssueDecree),
                       PermissionUi::neededText(WorkflowAction::IssueDecree));
    m_settingsButton->setEnabled(m_database != nullptr);
    m_settingsButton->setToolTip(m_database &&
                                         !PermissionUi::allows(m_database, DataAction::EditSettings)
                                     ? PermissionUi::viewOnlyText(DataAction::EditSettings)
                                     : QString());
}

bool DecreesPage::report(const QString &what, const DatabaseError &error)
{
    if (!error)
        return true;
    DialogSeams::critical(this, what, error.message);
    return false;
}

void DecreesPage::issueDecree()
{
    if (!m_database)
        return;
    ProposalFilter filter;
    filter.state = ProposalState::Approved;
    const QList<ProposalSummary> approved = ProposalRepository(*m_database).list(filter);
    if (approved.isEmpty()) {
        DialogSeams::information(this, tr("Issue decree"),
                                 tr("No proposal is approved and waiting for its decree."));
        return;
    }
    FormDialog form(this, tr("Issue decree"));
    auto *proposals = new QComboBox(&form.dialog);
    proposals->setObjectName(QStringLiteral("proposal"));
    for (const ProposalSummary &s : approved)
        proposals->addItem(
            tr("%1 – %2 (%3 approved)").arg(s.proposal.number, s.proposal.title).arg(s.approved),
            s.proposal.id);
    form.form->addRow(tr("Approved proposal:"), proposals);
    QDateEdit *date = form.date(tr("Decree date:"));
    if (!form.run())
        return;
    qint64 id = 0;
    if (!report(tr("Issue decree"),
                DecreeRegistry(*m_database)
                    .issue(Session::currentUser(),
                           {proposals->currentData().toLongLong(), date->date(), {}, {}}, &id)))
        return;
    reload();
    for (int row = 0; row < m_decrees->rowCount(); ++row) {
        if (m_decrees->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
            m_decrees->selectRow(row);
    }
}

void DecreesPage::printPreview()
{
    const auto decree = currentDecree();
    if (!decree)
        return;
    const PageSetup setup = DecreeTemplates::load(*m_database).page;
    QPrinter printer(QPrinter::HighResolution);
    PrinterPageTarget::configure(&printer, setup.pageSize());
    printer.setDocName(QStringLiteral("SK ") + decree->number);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview: decree %1").arg(decree->number));
    const DecreeContent content = decree->content;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [content, setup](QPrinter *p) {
        PrinterPageTarget target(p);
        DecreeRenderer(content, setup).renderDecree(target);
    });
    DialogSeams::exec(preview);
}

void DecreesPage::savePdf()
{
    const auto decree = currentDecree();
    if (!decree)
        return;
    QString name = decree->number;
    name.replace(u'/', u'-');
    const QString path = DialogSeams::getSaveFileName(
        this, tr("Save decree as PDF"),
        QDir::home().filePath(QStringLiteral("SK-") + name + QStringLiteral(".pdf")),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const DecreeRenderer renderer(decree->content, DecreeTemplates::load(*m_database).page);
    if (!renderer.writeDecreePdf(path))
        DialogSeams::critical(this, tr("Save PDF"), tr("Cannot write %1.").arg(path));
}

void DecreesPage::saveLetters()
{
    const auto decree = currentDecree();
    if (!decree)
        return;
    const QString dir = DialogSeams::getSaveFileName(this, tr("Folder for the petikan and letters"),
                                                     QDir::homePath(), QString());
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return;
    const DecreeRenderer renderer(decree->content, DecreeTemplates::load(*m_database).page);
    for (int i = 0; i < decree->content.lines.size(); ++i) {
        const QString petikan = DecreeRenderer::petikanFileName(i, decree->content.lines.at(i));
        QString letter = petikan;
        letter.replace(QStringLiteral("petikan"), QStringLiteral("surat"));
        if (!renderer.writePetikanPdf(QDir(dir).filePath(petikan), i) ||
            !renderer.writeNotificationPdf(QDir(dir).filePath(letter), i)) {
            DialogSeams::critical(this, tr("Save petikan and letters"),
                                  tr("Cannot write into %1.").arg(dir));
            return;
        }
    }
    DialogSeams::information(
        this, tr("Save petikan and letters"),
        tr("%1 petikan and %1 letters written to %2.").arg(decree->content.lines.size()).arg(dir));
}

void DecreesPage::sendEmails()
{
    const auto decree = currentDecree();
    if (!decree)
        return;
    const SmtpSettings smtp = SmtpSettings::load(*m_database);
    if (!smtp.isConfigured()) {
        DialogSeams::information(this, tr("Send e-mails"),
                                 tr("The SMTP server is not configured yet (database settings "
                                    "smtp/host and smtp/from_address)."));
        return;
    }
    int queued = 0;
    if (!report(tr("Send e-mails"),
                DecreeNotifications(*m_database)
                    .queueEmails(*decree, DecreeTemplates::load(*m_database).page,
                                 Session::userName(), &queued)))
        return;
    const SmtpClient client(smtp);
    const MailQueue::RunResult run =
        MailQueue(*m_database).sendPending([&client](const MailMessage &message) {
            const SmtpClient::Result result = client.send(message);
            return result.sent ? QString() : result.error;
        });
    report(tr("Send e-mails"), run.error);
    DialogSeams::information(
        this, tr("Send e-mails"),
        tr("%1 e-mails queued, %2 sent, %3 failed.").arg(queued).arg(run.sent).arg(run.failed));
    reload();
}

void DecreesPage::markHandedOver()
{
    dateAction(tr("Letter handed over"), tr("Handed over on:"),
               &DecreeNotifications::markHandedOver);
}

void DecreesPage::acknowledge()
{
    dateAction(tr("Acknowledged"), tr("Acknowledged on:"), &DecreeNotifications::acknowledge);
}

void DecreesPage::dateAction(const QString &title, const QString &label, DateAction action)
{
    const qint64 id = currentNoticeId();
    FormDialog form(this, title);
    QDateEdit *date = form.date(label);
    if (id <= 0 || !form.run())
        return;
    DecreeNotifications notifications(*m_database);
    if (report(title, (notifications.*action)(id, date->date(), Session::userName())))
        reload();
}

void DecreesPage::recordObjection()
{
    const qint64 id = currentNoticeId();
    FormDialog form(this, tr("Keberatan"));
    QDateEdit *date = form.date(tr("Received on:"));
    auto *reason = new QLineEdit(&form.dialog);
    reason->setObjectName(QStringLiteral("reason"));
    form.form->addRow(tr("Reason given:"), reason);
    if (id <= 0 || !form.run())
        return;
    if (report(tr("Keberatan"), DecreeNotifications(*m_database)
                                    .object(id, date->date(), reason->text(), Session::userName())))
        reload();
}

void DecreesPage::resolveObjection()
{
    const qint64 id = currentNoticeId();
    FormDialog form(this, tr("Decide keberatan"));
    auto *decision = new QComboBox(&form.dialog);
    decision->setObjectName(QStringLiteral("decision"));
    decision->addItem(tr("Rejected: the transfer proceeds"),
                      int(DecreeNotice::Resolution::Rejected));
    decision->addItem(tr("Upheld: this employee's transfer is withdrawn"),
                      int(DecreeNotice::Resolution::Upheld));
    form.form->addRow(tr("Decision:"), decision);
    QDateEdit *date = form.date(tr("Decided on:"));
    auto *note = new QLineEdit(&form.dialog);
    note->setObjectName(QStringLiteral("note"));
    form.form->addRow(tr("Note:"), note);
    if (id <= 0 || !form.run())
        return;
    if (report(tr("Decide keberatan"),
               DecreeNotifications(*m_database)
                   .resolve(id, DecreeNotice::Resolution(decision->currentData().toInt()),
                            date->date(), note->text(), Session::currentUser())))
        reload();
}

void DecreesPage::editSettings()
{
    if (!m_database)
        return;
    DecreeSettingsDialog dialog(*m_database, this);
    DialogSeams::exec(dialog);
}

} // namespace Simutasi
