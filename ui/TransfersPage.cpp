#include "TransfersPage.h"

#include "DateText.h"
#include "DecisionDialog.h"
#include "DialogSeams.h"
#include "NoteDialog.h"
#include "OptionalDateEdit.h"
#include "PageHeader.h"
#include "PermissionUi.h"
#include "ProposalLinesModel.h"
#include "ProposalListModel.h"
#include "ProposalWizard.h"
#include "session/Session.h"
#include "storage/OrgRepository.h"
#include "workflow/ProposalRepository.h"
#include "workflow/ProposalWorkflow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Simutasi {

namespace {

// The step buttons in the order of the lifecycle.
constexpr WorkflowAction StepActions[] = {
    WorkflowAction::Submit,  WorkflowAction::Verify, WorkflowAction::Return,
    WorkflowAction::Approve, WorkflowAction::Reject, WorkflowAction::Execute,
    WorkflowAction::Close,   WorkflowAction::Cancel,
};

QString buttonText(WorkflowAction action)
{
    switch (action) {
    case WorkflowAction::Submit:
        return TransfersPage::tr("Submit");
    case WorkflowAction::Verify:
        return TransfersPage::tr("Verify…");
    case WorkflowAction::Return:
        return TransfersPage::tr("Return…");
    case WorkflowAction::Approve:
        return TransfersPage::tr("Decide…");
    case WorkflowAction::Reject:
        return TransfersPage::tr("Reject…");
    case WorkflowAction::Execute:
        return TransfersPage::tr("Execute…");
    case WorkflowAction::Close:
        return TransfersPage::tr("Close…");
    case WorkflowAction::Cancel:
        return TransfersPage::tr("Cancel proposal…");
    default:
        return {};
    }
}

// The timeline's words for proposal_event.action.
QString eventText(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("TransfersPage", "Created")},
        {QStringLiteral("add_line"), QT_TRANSLATE_NOOP("TransfersPage", "Line added")},
        {QStringLiteral("withdraw_line"), QT_TRANSLATE_NOOP("TransfersPage", "Line withdrawn")},
        {QStringLiteral("justify"), QT_TRANSLATE_NOOP("TransfersPage", "Justification changed")},
        {QStringLiteral("submit"), QT_TRANSLATE_NOOP("TransfersPage", "Submitted")},
        {QStringLiteral("verify"), QT_TRANSLATE_NOOP("TransfersPage", "Verified")},
        {QStringLiteral("return"), QT_TRANSLATE_NOOP("TransfersPage", "Returned")},
        {QStringLiteral("approve"), QT_TRANSLATE_NOOP("TransfersPage", "Decided (approved)")},
        {QStringLiteral("reject"), QT_TRANSLATE_NOOP("TransfersPage", "Rejected")},
        {QStringLiteral("issue_decree"), QT_TRANSLATE_NOOP("TransfersPage", "Decree issued")},
        {QStringLiteral("execute"), QT_TRANSLATE_NOOP("TransfersPage", "Executed")},
        {QStringLiteral("close"), QT_TRANSLATE_NOOP("TransfersPage", "Closed")},
        {QStringLiteral("cancel"), QT_TRANSLATE_NOOP("TransfersPage", "Cancelled")},
    };
    const auto found = names.constFind(action);
    return found == names.constEnd() ? action : TransfersPage::tr(found.value());
}

} // namespace

TransfersPage::TransfersPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("transfersPage"));

    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("proposalStateFilter"));
    m_stateFilter->addItem(tr("All states"), -1);
    m_stateFilter->addItem(tr("Open (not finished)"), -2);
    for (ProposalState state : ProposalStates::all())
        m_stateFilter->addItem(ProposalStates::name(state), int(state));
    m_opdFilter = new QComboBox(this);
    m_opdFilter->setObjectName(QStringLiteral("proposalOpdFilter"));
    m_opdFilter->setMinimumWidth(240);
    m_opdFilter->setMaximumWidth(360);
    m_from = new OptionalDateEdit(this);
    m_from->setObjectName(QStringLiteral("proposalFrom"));
    m_to = new OptionalDateEdit(this);
    m_to->setObjectName(QStringLiteral("proposalTo"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("proposalCount"));
    m_newButton = new QPushButton(tr("New proposal…"), this);
    m_newButton->setObjectName(QStringLiteral("newProposalButton"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("State:"), this));
    filters->addWidget(m_stateFilter);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("OPD:"), this));
    filters->addWidget(m_opdFilter);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Created from:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), this));
    filters->addWidget(m_to);
    filters->addSpacing(8);
    filters->addWidget(m_count);
    filters->addStretch();
    filters->addWidget(m_newButton);

    m_listModel = new ProposalListModel(this);
    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("proposalTable"));
    m_list->setModel(m_listModel);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setSectionResizeMode(ProposalListModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_list->setColumnWidth(ProposalListModel::NumberColumn, 130);
    m_list->setColumnWidth(ProposalListModel::StateColumn, 120);
    m_list->setColumnWidth(ProposalListModel::TmtColumn, 190);

    // The chosen proposal: what it is, the step buttons, its lines and timeline.
    m_detail = new QWidget(this);
    m_detail->setObjectName(QStringLiteral("proposalDetail"));
    m_heading = new QLabel(m_detail);
    m_heading->setObjectName(QStringLiteral("proposalHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_facts = new QLabel(m_detail);
    m_facts->setObjectName(QStringLiteral("proposalFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    m_addLinesButton = new QPushButton(tr("Add lines…"), m_detail);
    m_addLinesButton->setObjectName(QStringLiteral("addLinesButton"));
    m_withdrawButton = new QPushButton(tr("Withdraw line…"), m_detail);
    m_withdrawButton->setObjectName(QStringLiteral("withdrawLineButton"));
    buttons->addWidget(m_addLinesButton);
    buttons->addWidget(m_withdrawButton);
    for (WorkflowAction action : StepActions) {
        auto *button = new QPushButton(buttonText(action), m_detail);
        button->setObjectName(QStringLiteral("action_") + ProposalStates::actionCode(action));
        m_actions.insert(action, button);
        buttons->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, action] { perform(action); });
    }
    buttons->addStretch();

    m_linesModel = new ProposalLinesModel(this);
    m_lines = new QTableView(m_detail);
    m_lines->setObjectName(QStringLiteral("proposalLines"));
    m_lines->setModel(m_linesModel);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setAlternatingRowColors(true);
    m_lines->verticalHeader()->hide();
    m_lines->setWordWrap(false);
    m_lines->setColumnWidth(ProposalLinesModel::PositionColumn, 36);
    m_lines->setColumnWidth(ProposalLinesModel::EmployeeColumn, 200);
    m_lines->setColumnWidth(ProposalLinesModel::NipColumn, 165);
    m_lines->setColumnWidth(ProposalLinesModel::FromColumn, 240);
    m_lines->setColumnWidth(ProposalLinesModel::ToColumn, 240);
    m_lines->setColumnWidth(ProposalLinesModel::StandingColumn, 180);
    m_timeline = new QTreeWidget(m_detail);
    m_timeline->setObjectName(QStringLiteral("proposalTimeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("When"), tr("Who"), tr("Step"), tr("State"), tr("Note")});
    m_timeline->setColumnWidth(0, 150);
    m_timeline->setColumnWidth(1, 110);
    m_timeline->setColumnWidth(2, 160);
    m_timeline->setColumnWidth(3, 200);
    m_tabs = new QTabWidget(m_detail);
    m_tabs->addTab(m_lines, tr("Lines"));
    m_tabs->addTab(m_timeline, tr("Timeline"));

    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 8, 0, 0);
    detailLayout->addWidget(m_heading);
    detailLayout->addWidget(m_facts);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(new PageHeader(
        tr("Transfer Proposals"),
        tr("Usulan mutasi from draft through verification and the Tim Penilai to execution"),
        this));
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &TransfersPage::applyFilter);
    connect(m_opdFilter, &QComboBox::currentIndexChanged, this, &TransfersPage::applyFilter);
    connect(m_from, &OptionalDateEdit::valueChanged, this, &TransfersPage::applyFilter);
    connect(m_to, &OptionalDateEdit::valueChanged, this, &TransfersPage::applyFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TransfersPage::showCurrent);
    connect(m_lines->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TransfersPage::refreshPermissions);
    connect(m_newButton, &QPushButton::clicked, this, &TransfersPage::newProposal);
    connect(m_addLinesButton, &QPushButton::clicked, this, &TransfersPage::addLines);
    connect(m_withdrawButton, &QPushButton::clicked, this, &TransfersPage::withdrawLine);
    showDetail({});
}

void TransfersPage::setDatabase(Database *database)
{
    m_database = database;
    m_opdFilter->blockSignals(true);
    m_opdFilter->clear();
    m_opdFilter->addItem(tr("All OPDs"), qint64(0));
    if (m_database) {
        for (const OrgUnit &unit : OrgRepository(*m_database).units()) {
            if (unit.kind == OrgUnit::Kind::Opd)
                m_opdFilter->addItem(unit.name, unit.id);
        }
    }
    m_opdFilter->blockSignals(false);
    m_listModel->setDatabase(database);
    applyFilter();
}

void TransfersPage::reload()
{
    const qint64 keep = m_current.id;
    m_listModel->reload();
    m_count->setText(tr("%n proposal(s)", nullptr, m_listModel->totalCount()));
    selectProposal(keep);
}

void TransfersPage::applyFilter()
{
    ProposalFilter filter;
    const int state = m_stateFilter->currentData().toInt();
    if (state == -2)
        filter.openOnly = true;
    else if (state >= 0)
        filter.state = ProposalState(state);
    filter.opdId = m_opdFilter->currentData().toLongLong();
    filter.createdFrom = m_from->value();
    filter.createdTo = m_to->value();
    const qint64 keep = m_current.id;
    m_listModel->setFilter(filter);
    m_count->setText(tr("%n proposal(s)", nullptr, m_listModel->totalCount()));
    selectProposal(keep);
}

void TransfersPage::selectProposal(qint64 proposalId)
{
    int row = proposalId > 0 ? m_listModel->rowOf(proposalId) : -1;
    if (row < 0 && m_listModel->rowCount() > 0 && proposalId <= 0)
        row = 0;
    if (row < 0) {
        m_list->clearSelection();
        // A proposal outside the filter is still shown (e.g. just created).
        std::optional<Proposal> proposal;
        if (m_database && proposalId > 0)
            proposal = ProposalRepository(*m_database).proposal(proposalId);
        showDetail(proposal.value_or(Proposal{}));
        return;
    }
    const QModelIndex index = m_listModel->index(row, 0);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_list->scrollTo(index);
    showCurrent();
}

void TransfersPage::showCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    std::optional<Proposal> proposal;
    if (m_database && index.isValid())
        proposal = ProposalRepository(*m_database)
                       .proposal(index.data(ProposalListModel::IdRole).toLongLong());
    showDetail(proposal.value_or(Proposal{}));
}

void TransfersPage::showDetail(const Proposal &proposal)
{
    m_current = proposal;
    m_timeline->clear();
    if (!m_database || proposal.id == 0) {
        m_heading->setText(m_database ? tr("No proposal chosen") : tr("No database open"));
        m_facts->clear();
        m_linesModel->setLines({});
        refreshPermissions();
        return;
    }
    ProposalRepository repository(*m_database);
    m_heading->setText(tr("%1 — %2").arg(proposal.number, proposal.title));
    QStringList facts;
    facts << tr("State: <b>%1</b>").arg(ProposalStates::name(proposal.state));
    facts << tr("created by %1 on %2")
                 .arg(proposal.createdBy.toHtmlEscaped(),
                      dateText(proposal.createdAt.toLocalTime().date()));
    if (proposal.meetingDate.isValid())
        facts << tr("Tim Penilai meeting %1").arg(dateText(proposal.meetingDate));
    if (!proposal.decisionNotes.isEmpty())
        facts << tr("decision: %1").arg(proposal.decisionNotes.toHtmlEscaped());
    if (!proposal.decreeNumber.isEmpty())
        facts << tr("SK %1 of %2")
                     .arg(proposal.decreeNumber.toHtmlEscaped(), dateText(proposal.decreeDate));
    if (proposal.executedOn.isValid())
        facts << tr("executed on %1").arg(dateText(proposal.executedOn));
    if (!proposal.cancelReason.isEmpty())
        facts << tr("cancelled: %1").arg(proposal.cancelReason.toHtmlEscaped());
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    const QList<ProposalLine> lines = repository.lines(proposal.id);
    m_linesModel->setLines(lines);
    int active = 0;
    for (const ProposalLine &line : lines)
        active += line.isActive() ? 1 : 0;
    m_tabs->setTabText(0, tr("Lines (%1)").arg(QLocale().toString(active)));

    const QList<ProposalEvent> events = repository.events(proposal.id);
    for (const ProposalEvent &event : events) {
        QString states;
        if (event.fromState && event.toState && *event.fromState != *event.toState)
            states = tr("%1 → %2").arg(ProposalStates::name(*event.fromState),
                                       ProposalStates::name(*event.toState));
        auto *item = new QTreeWidgetItem(
            m_timeline,
            {QLocale().toString(event.at.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")),
             event.user, eventText(event.action), states, event.note});
        item->setToolTip(4, event.note);
    }
    m_tabs->setTabText(1, tr("Timeline (%1)").arg(QLocale().toString(events.size())));
    refreshPermissions();
}

void TransfersPage::refreshPermissions()
{
    const bool hasProposal = m_database && m_current.id > 0;
    PermissionUi::gate(m_newButton, m_database != nullptr,
                       PermissionUi::allows(WorkflowAction::Create),
                       PermissionUi::neededText(WorkflowAction::Create));
    const bool draft = hasProposal && m_current.state == ProposalState::Draft;
    const bool mayEdit = PermissionUi::allows(WorkflowAction::EditDraft);
    const QString editNeeds = PermissionUi::neededText(WorkflowAction::EditDraft);
    m_addLinesButton->setVisible(draft);
    m_withdrawButton->setVisible(draft);
    PermissionUi::gate(m_addLinesButton, draft, mayEdit, editNeeds);
    PermissionUi::gate(m_withdrawButton, draft && m_lines->currentIndex().isValid(), mayEdit,
                       editNeeds);
    const QList<WorkflowAction> possible =
        hasProposal ? ProposalStates::actionsFrom(m_current.state) : QList<WorkflowAction>();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const bool inState = possible.contains(it.key());
        it.value()->setVisible(inState);
        PermissionUi::gate(it.value(), inState, PermissionUi::allows(it.key()),
                           PermissionUi::neededText(it.key()));
    }
}

bool TransfersPage::report(const QString &what, const DatabaseError &error)
{
    if (!error)
        return true;
    DialogSeams::critical(this, what, error.message);
    return false;
}

void TransfersPage::newProposal()
{
    if (!m_database)
        return;
    ProposalWizard wizard(*m_database, 0, this);
    if (DialogSeams::exec(wizard) != QDialog::Accepted)
        return;
    m_current.id = wizard.proposalId();
    reload();
    selectProposal(wizard.proposalId());
}

void TransfersPage::addLines()
{
    if (!m_database || m_current.id == 0)
        return;
    ProposalWizard wizard(*m_database, m_current.id, this);
    DialogSeams::exec(wizard);
    reload();
}

void TransfersPage::withdrawLine()
{
    const QModelIndex index = m_lines->currentIndex();
    if (!m_database || !index.isValid())
        return;
    const ProposalLine &line = m_linesModel->lines().at(index.row());
    NoteDialog dialog(tr("Withdraw line"),
                      tr("Why is %1 taken out of the proposal? The line stays, marked withdrawn.")
                          .arg(line.employeeName),
                      true, this);
    if (DialogSeams::exec(dialog) != QDialog::Accepted)
        return;
    ProposalWorkflow workflow(*m_database, Session::currentUser());
    report(tr("The line was not withdrawn"), workflow.withdrawLine(line.id, dialog.note()));
    reload();
}

void TransfersPage::perform(WorkflowAction action)
{
    if (!m_database || m_current.id == 0)
        return;
    const qint64 id = m_current.id;
    ProposalWorkflow workflow(*m_database, Session::currentUser());
    const QString failed = tr("%1: not done").arg(m_current.number);
    DatabaseError error;
    switch (action) {
    case WorkflowAction::Submit:
        error = workflow.submit(id);
        break;
    case WorkflowAction::Verify:
    case WorkflowAction::Return:
    case WorkflowAction::Close:
    case WorkflowAction::Cancel: {
        const bool required = action == WorkflowAction::Return || action == WorkflowAction::Cancel;
        QString prompt;
        if (action == WorkflowAction::Verify)
            prompt = tr("Verify %1 and pass it to the Tim Penilai. Remark (optional):");
        else if (action == WorkflowAction::Return)
            prompt = tr("Return %1 to the operator as draft. What must be corrected?");
        else if (action == WorkflowAction::Close)
            prompt = tr("Close %1. Remark (optional):");
        else
            prompt = tr("Cancel %1. Nothing is deleted; the reason is recorded. Reason:");
        NoteDialog dialog(buttonText(action).remove(u'…'), prompt.arg(m_current.number), required,
                          this);
        if (DialogSeams::exec(dialog) != QDialog::Accepted)
            return;
        if (action == WorkflowAction::Verify)
            error = workflow.verify(id, dialog.note());
        else if (action == WorkflowAction::Return)
            error = workflow.returnToDraft(id, dialog.note());
        else if (action == WorkflowAction::Close)
            error = workflow.close(id, dialog.note());
        else
            error = workflow.cancel(id, dialog.note());
        break;
    }
    case WorkflowAction::Approve:
    case WorkflowAction::Reject: {
        QList<ProposalLine> active;
        for (const ProposalLine &line : m_linesModel->lines()) {
            if (line.isActive())
                active.append(line);
        }
        const bool approve = action == WorkflowAction::Approve;
        DecisionDialog dialog(approve ? DecisionDialog::Mode::Approve
                                      : DecisionDialog::Mode::Reject,
                              active, QDate::currentDate(), this);
        if (DialogSeams::exec(dialog) != QDialog::Accepted)
            return;
        const ProposalDecision decision = dialog.decision();
        error = approve ? workflow.approve(id, decision)
                        : workflow.reject(id, decision.meetingDate, decision.notes);
        break;
    }
    case WorkflowAction::Execute: {
        int approved = 0;
        for (const ProposalLine &line : m_linesModel->lines())
            approved += line.decision == LineDecision::Approved ? 1 : 0;
        if (DialogSeams::question(
                this, tr("Execute %1").arg(m_current.number),
                tr("Carry out %n approved transfer(s) now? Each employee's unit, jabatan and TMT "
                   "change and the riwayat jabatan gains a row with SK %1. This cannot be undone.",
                   nullptr, approved)
                    .arg(m_current.decreeNumber)) != QMessageBox::Yes)
            return;
        error = workflow.execute(id);
        if (!error)
            Q_EMIT employeesMoved();
        break;
    }
    default:
        return;
    }
    report(failed, error);
    reload();
}

} // namespace Simutasi
