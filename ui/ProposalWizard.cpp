#include "ProposalWizard.h"

#include "DialogSeams.h"
#include "EmployeeTableModel.h"
#include "UnitSelector.h"
#include "session/Session.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrgRepository.h"
#include "storage/ShortlistRepository.h"
#include "workflow/ProposalRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Simutasi {

namespace {
enum PendingColumn
{
    EmployeeColumn,
    TargetColumn,
    CheckColumn,
    JustificationColumn,
    StatusColumn,
    PendingColumnCount
};
}

bool ProposalWizard::Pending::blocked() const
{
    return check.error || (!check.accepted && !needsJustification());
}

bool ProposalWizard::Pending::needsJustification() const
{
    // The only refusal the officer can cure here is a warning without a justification.
    return !check.accepted && !check.error &&
           check.assessment.standing == CandidateStanding::Warning &&
           check.assessment.blocking.isEmpty() && request.justification.trimmed().isEmpty() &&
           !check.assessment.warnings.isEmpty() &&
           check.refusal.contains(check.assessment.warnings.first());
}

ProposalWizard::ProposalWizard(Database &database, qint64 proposalId, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_proposalId(proposalId)
{
    setObjectName(QStringLiteral("proposalWizard"));
    const std::optional<Proposal> existing =
        proposalId > 0 ? ProposalRepository(database).proposal(proposalId) : std::nullopt;
    setWindowTitle(existing ? tr("Add lines to %1").arg(existing->number) : tr("New proposal"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("proposalTitle"));
    m_title->setPlaceholderText(tr("e.g. Guru ke sekolah terpencil 2027"));
    if (existing) {
        m_title->setText(existing->title);
        m_title->setReadOnly(true);
    }
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("proposalReason"));
    m_reason->setPlaceholderText(tr("e.g. Pemerataan guru"));
    const QDate today = QDate::currentDate();
    m_tmt = new QDateEdit(QDate(today.year(), today.month(), 1).addMonths(1), this);
    m_tmt->setObjectName(QStringLiteral("proposalTmt"));
    m_tmt->setCalendarPopup(true);
    m_tmt->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_tmt->setMaximumWidth(160);
    m_selfRequested = new QCheckBox(tr("Requested by the employees themselves"), this);
    m_selfRequested->setObjectName(QStringLiteral("proposalSelfRequested"));
    auto *common = new QFormLayout;
    common->addRow(tr("&Title:"), m_title);
    common->addRow(tr("&Reason (every line added):"), m_reason);
    common->addRow(tr("Planned &TMT:"), m_tmt);
    common->addRow(QString(), m_selfRequested);

    m_sources = new QTabWidget(this);
    m_sources->addTab(createPickTab(), tr("Pick employees"));
    m_sources->addTab(createShortlistTab(), tr("From a shortlist"));

    m_pending = new QTableWidget(0, PendingColumnCount, this);
    m_pending->setObjectName(QStringLiteral("pendingLines"));
    m_pending->setHorizontalHeaderLabels({tr("Employee"), tr("To"), tr("Eligibility and conflicts"),
                                          tr("Justification"), tr("Status")});
    m_pending->verticalHeader()->hide();
    m_pending->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pending->setWordWrap(true);
    m_pending->setColumnWidth(EmployeeColumn, 220);
    m_pending->setColumnWidth(TargetColumn, 220);
    m_pending->setColumnWidth(CheckColumn, 320);
    m_pending->setColumnWidth(JustificationColumn, 220);
    m_pending->horizontalHeader()->setStretchLastSection(true);
    connect(m_pending, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == JustificationColumn)
            setJustification(item->row(), item->text());
    });
    auto *remove = new QPushButton(tr("Remove selected lines"), this);
    connect(remove, &QPushButton::clicked, this, &ProposalWizard::removeSelected);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("wizardSummary"));
    m_summary->setWordWrap(true);

    auto *linesBox = new QWidget(this);
    auto *linesLayout = new QVBoxLayout(linesBox);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addWidget(new QLabel(tr("<b>Lines to propose</b> — blocked employees cannot "
                                         "be proposed; a warning needs a justification "
                                         "(double-click the cell)."),
                                      linesBox));
    linesLayout->addWidget(m_pending, 1);
    auto *below = new QHBoxLayout;
    below->addWidget(m_summary, 1);
    below->addWidget(remove);
    linesLayout->addLayout(below);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_sources);
    splitter->addWidget(linesBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_finish = buttons->addButton(existing ? tr("Add lines") : tr("Create draft"),
                                  QDialogButtonBox::AcceptRole);
    m_finish->setObjectName(QStringLiteral("wizardFinish"));
    connect(m_finish, &QPushButton::clicked, this, &ProposalWizard::finish);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(common);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1100, 760);
    updateSummary();
}

ProposalWizard::~ProposalWizard()
{
    m_employeeModel->setDatabase(nullptr);
}

QWidget *ProposalWizard::createPickTab()
{
    auto *tab = new QWidget(this);
    m_search = new QLineEdit(tab);
    m_search->setObjectName(QStringLiteral("wizardSearch"));
    m_search->setPlaceholderText(tr("Search by name or NIP…"));
    m_search->setClearButtonEnabled(true);
    m_employeeModel = new EmployeeTableModel(this);
    m_employeeModel->setDatabase(&m_database);
    m_employees = new QTableView(tab);
    m_employees->setObjectName(QStringLiteral("wizardEmployees"));
    m_employees->setModel(m_employeeModel);
    m_employees->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_employees->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_employees->verticalHeader()->hide();
    m_employees->verticalHeader()->setDefaultSectionSize(22);
    for (int column :
         {int(EmployeeTableModel::GenderColumn), int(EmployeeTableModel::StatusColumn),
          int(EmployeeTableModel::TmtJabatanColumn), int(EmployeeTableModel::BirthDateColumn)})
        m_employees->hideColumn(column);
    m_employees->setColumnWidth(EmployeeTableModel::NipColumn, 160);
    m_employees->setColumnWidth(EmployeeTableModel::NameColumn, 220);
    m_employees->setColumnWidth(EmployeeTableModel::JabatanColumn, 200);
    m_employees->setColumnWidth(EmployeeTableModel::UnitColumn, 240);
    m_employees->horizontalHeader()->setStretchLastSection(true);
    // Searching 100,000 employees runs in SQL; wait for a pause in typing.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] {
        EmployeeFilter filter;
        filter.text = m_search->text().trimmed();
        m_employeeModel->setFilter(filter);
    });

    m_unit = new UnitSelector(tab);
    m_unit->setObjectName(QStringLiteral("wizardTargetUnit"));
    m_unit->setPlaceholder(tr("Choose the target unit…"));
    m_unit->setUnits(OrgRepository(m_database).units());
    m_unit->setMinimumWidth(320);
    m_jabatan = new QComboBox(tab);
    m_jabatan->setObjectName(QStringLiteral("wizardTargetJabatan"));
    m_jabatan->setMinimumWidth(280);
    connect(m_unit, &UnitSelector::unitChosen, this, &ProposalWizard::fillJabatans);
    auto *add = new QPushButton(tr("Check and add selected ↓"), tab);
    add->setObjectName(QStringLiteral("wizardAddSelected"));
    connect(add, &QPushButton::clicked, this, &ProposalWizard::addSelectedEmployees);

    auto *target = new QHBoxLayout;
    target->addWidget(new QLabel(tr("To unit:"), tab));
    target->addWidget(m_unit, 1);
    target->addWidget(new QLabel(tr("jabatan:"), tab));
    target->addWidget(m_jabatan, 1);
    target->addWidget(add);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_search);
    layout->addWidget(m_employees, 1);
    layout->addLayout(target);
    return tab;
}

QWidget *ProposalWizard::createShortlistTab()
{
    auto *tab = new QWidget(this);
    m_shortlists = new QComboBox(tab);
    m_shortlists->setObjectName(QStringLiteral("wizardShortlists"));
    OrgRepository org(m_database);
    QHash<qint64, QString> jabatanNames;
    for (const Jabatan &jabatan : org.jabatans())
        jabatanNames.insert(jabatan.id, jabatan.name);
    QHash<qint64, QString> unitNames;
    for (const OrgUnit &unit : org.units())
        unitNames.insert(unit.id, unit.name);
    for (const ShortlistVacancy &vacancy : ShortlistRepository(m_database).vacancies()) {
        m_shortlists->addItem(
            tr("%1 in %2 (%n candidate(s))", nullptr, vacancy.candidates)
                .arg(jabatanNames.value(vacancy.jabatanId), unitNames.value(vacancy.unitId)),
            QVariantList{vacancy.unitId, vacancy.jabatanId});
    }
    m_shortlistInfo = new QLabel(
        m_shortlists->count() == 0
            ? tr("No vacancy has a shortlist yet. Shortlists are kept on the Needs Analysis "
                 "page from the candidate ranking.")
            : tr("Every candidate shortlisted for the vacancy becomes a line into it."),
        tab);
    m_shortlistInfo->setWordWrap(true);
    auto *add = new QPushButton(tr("Check and add the shortlist ↓"), tab);
    add->setObjectName(QStringLiteral("wizardAddShortlist"));
    add->setEnabled(m_shortlists->count() > 0);
    connect(add, &QPushButton::clicked, this, &ProposalWizard::addShortlist);
    auto *row = new QHBoxLayout;
    row->addWidget(m_shortlists, 1);
    row->addWidget(add);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(row);
    layout->addWidget(m_shortlistInfo);
    layout->addStretch();
    return tab;
}

void ProposalWizard::fillJabatans(qint64 unitId)
{
    m_jabatan->clear();
    if (unitId <= 0)
        return;
    OrgRepository org(m_database);
    QHash<qint64, QString> names;
    for (const Jabatan &jabatan : org.jabatans())
        names.insert(jabatan.id, jabatan.name);
    // The posts of the unit's formasi first: a transfer fills a place there.
    const QList<Formasi> formasi = org.formasi(unitId);
    for (const Formasi &post : formasi)
        m_jabatan->addItem(
            tr("%1 (formasi %2)").arg(names.value(post.jabatanId)).arg(post.required),
            post.jabatanId);
    if (formasi.isEmpty()) {
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            m_jabatan->addItem(it.value(), it.key());
        m_jabatan->model()->sort(0);
    }
}

void ProposalWizard::setTarget(qint64 unitId, qint64 jabatanId)
{
    m_unit->setUnitId(unitId);
    fillJabatans(unitId);
    const int index = m_jabatan->findData(jabatanId);
    if (index < 0)
        m_jabatan->addItem(QString::number(jabatanId), jabatanId);
    m_jabatan->setCurrentIndex(m_jabatan->findData(jabatanId));
}

LineRequest ProposalWizard::commonRequest() const
{
    LineRequest request;
    request.reason = m_reason->text().trimmed();
    request.plannedTmt = m_tmt->date();
    request.selfRequested = m_selfRequested->isChecked();
    return request;
}

void ProposalWizard::addSelectedEmployees()
{
    QList<qint64> ids;
    const QModelIndexList rows = m_employees->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << m_employeeModel->employeeId(index.row());
    if (ids.isEmpty()) {
        DialogSeams::information(this, tr("No employee chosen"),
                                 tr("Select one or more employees in the list first."));
        return;
    }
    addEmployees(ids, LineSource::Manual);
}

void ProposalWizard::addShortlist()
{
    const QVariantList key = m_shortlists->currentData().toList();
    if (key.size() != 2)
        return;
    const qint64 unitId = key.at(0).toLongLong();
    const qint64 jabatanId = key.at(1).toLongLong();
    QList<qint64> ids;
    for (const ShortlistEntry &entry : ShortlistRepository(m_database).entries(jabatanId, unitId))
        ids << entry.employeeId;
    setTarget(unitId, jabatanId);
    addEmployees(ids, LineSource::Shortlist);
}

void ProposalWizard::addEmployees(const QList<qint64> &employeeIds, LineSource source)
{
    const qint64 unitId = m_unit->unitId();
    const qint64 jabatanId = m_jabatan->currentData().toLongLong();
    if (unitId <= 0 || jabatanId <= 0) {
        DialogSeams::information(this, tr("No target post"),
                                 tr("Choose the unit and the jabatan the employees move to."));
        return;
    }
    const QString target = tr("%1, %2").arg(m_jabatan->currentText(), m_unit->unitName());
    EmployeeRepository employees(m_database);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (qint64 id : employeeIds) {
        bool listed = false;
        for (const Pending &line : std::as_const(m_lines))
            listed = listed || line.request.employeeId == id;
        if (listed)
            continue;
        Pending line;
        line.request = commonRequest();
        line.request.employeeId = id;
        line.request.toUnitId = unitId;
        line.request.toJabatanId = jabatanId;
        line.request.source = source;
        line.target = target;
        if (const std::optional<Employee> employee = employees.byId(id)) {
            line.name = employee->fullName();
            line.nip = employee->nip.formatted();
        }
        m_lines.append(line);
        recheck(int(m_lines.size()) - 1);
    }
    QApplication::restoreOverrideCursor();
    updateSummary();
}

void ProposalWizard::recheck(int row)
{
    Pending &line = m_lines[row];
    ProposalWorkflow workflow(m_database, Session::currentUser());
    line.check = workflow.checkLine(m_proposalId, line.request);
    showRow(row);
}

void ProposalWizard::showRow(int row)
{
    m_filling = true;
    if (m_pending->rowCount() <= row)
        m_pending->setRowCount(row + 1);
    const Pending &line = m_lines.at(row);
    const auto item = [this, row](int column, const QString &text, bool editable = false) {
        auto *cell = new QTableWidgetItem(text);
        cell->setToolTip(text);
        if (!editable)
            cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_pending->setItem(row, column, cell);
        return cell;
    };
    item(EmployeeColumn, tr("%1\n%2").arg(line.name, line.nip));
    item(TargetColumn, line.target);
    QStringList check;
    const LineAssessment &a = line.check.assessment;
    for (const QString &sentence : a.blocking)
        check << tr("Blocking: %1").arg(sentence);
    for (const QString &sentence : a.warnings)
        check << tr("Warning: %1").arg(sentence);
    for (const Conflict &conflict : line.check.conflicts)
        check << tr("Conflict: %1").arg(conflict.message);
    if (check.isEmpty() && line.check.refusal.isEmpty() && !line.check.error)
        check << tr("Passes every rule") +
                     (a.jpm ? tr(" · JPM %1").arg(QLocale().toString(*a.jpm, 'f', 1)) : QString());
    else if (a.jpm)
        check << tr("JPM %1").arg(QLocale().toString(*a.jpm, 'f', 1));
    if (check.isEmpty() && !line.check.refusal.isEmpty())
        check << line.check.refusal;
    if (line.check.error)
        check << line.check.error.message;
    item(CheckColumn, check.join(u'\n'));
    item(JustificationColumn, line.request.justification,
         !line.blocked() && a.standing == CandidateStanding::Warning);
    QString status;
    QColor colour;
    if (line.blocked()) {
        status = tr("Blocked — not added");
        colour = QColor(0xb4, 0x23, 0x18);
    } else if (line.needsJustification()) {
        status = tr("Needs a justification");
        colour = QColor(0xb5, 0x47, 0x08);
    } else {
        status = line.check.conflicts.isEmpty() ? tr("Ready")
                                                : tr("Ready (conflict: resolve before submitting)");
        colour = QColor(0x1a, 0x7f, 0x37);
    }
    item(StatusColumn, status)->setForeground(colour);
    m_pending->resizeRowToContents(row);
    m_filling = false;
}

void ProposalWizard::setJustification(int row, const QString &text)
{
    if (row < 0 || row >= m_lines.size())
        return;
    m_lines[row].request.justification = text.trimmed();
    recheck(row);
    updateSummary();
}

int ProposalWizard::readyCount() const
{
    int ready = 0;
    for (const Pending &line : m_lines)
        ready += line.check.accepted ? 1 : 0;
    return ready;
}

int ProposalWizard::blockedCount() const
{
    int blocked = 0;
    for (const Pending &line : m_lines)
        blocked += line.blocked() ? 1 : 0;
    return blocked;
}

void ProposalWizard::updateSummary()
{
    const int waiting = int(m_lines.size()) - readyCount() - blockedCount();
    m_summary->setText(tr("%1 ready, %2 need a justification, %3 blocked.")
                           .arg(readyCount())
                           .arg(waiting)
                           .arg(blockedCount()));
    m_finish->setEnabled(readyCount() > 0);
}

void ProposalWizard::removeSelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_pending->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows) {
        m_lines.removeAt(row);
        m_pending->removeRow(row);
    }
    updateSummary();
}

bool ProposalWizard::finish()
{
    const int waiting = int(m_lines.size()) - readyCount() - blockedCount();
    if (waiting > 0) {
        DialogSeams::information(
            this, tr("Justification missing"),
            tr("%n line(s) have eligibility warnings: write a justification for each, or remove "
               "them.",
               nullptr, waiting));
        return false;
    }
    if (readyCount() == 0)
        return false;
    ProposalWorkflow workflow(m_database, Session::currentUser());
    if (m_proposalId == 0) {
        if (m_title->text().trimmed().isEmpty()) {
            DialogSeams::information(this, tr("Title missing"), tr("Give the proposal a title."));
            return false;
        }
        if (const DatabaseError error = workflow.create(m_title->text().trimmed(), &m_proposalId)) {
            DialogSeams::critical(this, tr("The proposal was not created"), error.message);
            return false;
        }
    }
    QStringList refused;
    for (const Pending &line : std::as_const(m_lines)) {
        if (!line.check.accepted)
            continue;
        const LineCheck added = workflow.addLine(m_proposalId, line.request);
        if (!added.accepted)
            refused << (added.error ? added.error.message : added.refusal);
    }
    if (!refused.isEmpty())
        DialogSeams::critical(this, tr("Some lines were not added"), refused.join(u'\n'));
    accept();
    return true;
}

} // namespace Simutasi
