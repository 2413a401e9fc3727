#include "CandidateSearchPage.h"

#include "CandidateReasonsView.h"
#include "DialogSeams.h"
#include "NeedsTableModel.h"
#include "NeedsWizard.h"
#include "PermissionUi.h"
#include "RankingModel.h"
#include "analysis/CandidateRanking.h"
#include "analysis/Shortlist.h"
#include "storage/EmployeeFactsRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Simutasi {

namespace {

constexpr int VacancyIndexRole = Qt::UserRole + 1;

} // namespace

CandidateSearchPage::CandidateSearchPage(NeedsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("candidateSearchPage"));
    setTitle(tr("Candidates"));
    setSubTitle(tr("Eligible candidates first, then by job-person match (JPM), then "
                   "tie-breakers; hover over the # column for the full order. Select a candidate "
                   "to see every rule."));

    m_vacancies = new QListWidget(this);
    m_vacancies->setObjectName(QStringLiteral("vacancyList"));
    m_vacancies->setWordWrap(true);

    m_showBlocked = new QCheckBox(tr("Show blocked candidates"), this);
    m_showBlocked->setObjectName(QStringLiteral("showBlocked"));
    m_showBlocked->setToolTip(tr("Blocked candidates can be looked at, but not shortlisted"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("transferKind"));
    m_kind->addItem(tr("Ordered by the agency"), int(TransferKind::AgencyOrdered));
    m_kind->addItem(tr("Requested by the employee"), int(TransferKind::SelfRequested));
    m_kind->setToolTip(tr("Within 10 years of the CPNS appointment an employee may not ask for a "
                          "transfer; the agency may order one"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rankingStatus"));

    m_busy = new QWidget(this);
    auto *busyBar = new QProgressBar(m_busy);
    busyBar->setRange(0, 0); // busy: moves without a known end
    busyBar->setMaximumWidth(220);
    busyBar->setTextVisible(false);
    auto *busyLabel = new QLabel(tr("Loading the employees of the province…"), m_busy);
    auto *busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(busyBar);
    busyLayout->addWidget(busyLabel);
    busyLayout->addStretch();
    m_busy->hide();

    m_model = new RankingModel(this);
    m_model->setDatabase(&wizard->database());
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rankingTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->resizeSection(RankingModel::RankColumn, 48);
    header->resizeSection(RankingModel::NameColumn, 230);
    header->resizeSection(RankingModel::NipColumn, 170);
    header->resizeSection(RankingModel::StandingColumn, 160);
    header->resizeSection(RankingModel::JpmColumn, 70);
    header->resizeSection(RankingModel::CurrentPostColumn, 280);
    header->resizeSection(RankingModel::TimeInPostColumn, 130);
    header->resizeSection(RankingModel::SkpColumn, 110);

    m_reasons = new CandidateReasonsView(this);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("shortlistNote"));
    m_note->setPlaceholderText(tr("Note; a justification is required for a candidate with "
                                  "warnings"));
    m_add = new QPushButton(tr("Add to shortlist"), this);
    m_add->setObjectName(QStringLiteral("addToShortlist"));
    m_add->setEnabled(false);
    m_shortlist = new QLabel(this);
    m_shortlist->setObjectName(QStringLiteral("shortlistSummary"));
    m_shortlist->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_showBlocked);
    controls->addWidget(m_kind);
    controls->addWidget(m_status, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_note, 1);
    addRow->addWidget(m_add);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(controls);
    rightLayout->addWidget(m_busy);
    auto *vertical = new QSplitter(Qt::Vertical, right);
    vertical->addWidget(m_table);
    vertical->addWidget(m_reasons);
    vertical->setChildrenCollapsible(false);
    vertical->setSizes({240, 300});
    rightLayout->addWidget(vertical, 1);
    rightLayout->addLayout(addRow);
    rightLayout->addWidget(m_shortlist);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_vacancies);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({260, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_vacancies, &QListWidget::currentRowChanged, this,
            &CandidateSearchPage::vacancyChanged);
    connect(m_showBlocked, &QCheckBox::toggled, this, &CandidateSearchPage::rank);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CandidateSearchPage::rank);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CandidateSearchPage::candidateChanged);
    connect(m_add, &QPushButton::clicked, this, &CandidateSearchPage::addSelectedToShortlist);
}

CandidateSearchPage::~CandidateSearchPage()
{
    clearRanking();
}

void CandidateSearchPage::clearRanking()
{
    m_reasons->showCandidate(nullptr, nullptr, {});
    m_model->setRanking(nullptr);
}

void CandidateSearchPage::initializePage()
{
    m_vacancies->clear();
    const QList<StaffingRow> &vacancies = m_wizard->vacancies();
    for (qsizetype i = 0; i < vacancies.size(); ++i) {
        auto *item = new QListWidgetItem(NeedsWizard::vacancyTitle(vacancies.at(i)), m_vacancies);
        item->setData(VacancyIndexRole, int(i));
        if (vacancies.at(i).remote) {
            item->setIcon(NeedsTableModel::remoteIcon());
            item->setToolTip(NeedsTableModel::remoteToolTip());
        }
    }
    if (!m_wizard->pool()) {
        setBusy(true);
        m_wizard->withPool([this](const CandidatePool *) {
            setBusy(false);
            rank();
        });
    }
    m_vacancies->setCurrentRow(vacancies.isEmpty() ? -1 : 0);
}

void CandidateSearchPage::cleanupPage()
{
    clearRanking();
}

const StaffingRow *CandidateSearchPage::currentVacancy() const
{
    const QListWidgetItem *item = m_vacancies->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(VacancyIndexRole).toInt();
    const QList<StaffingRow> &vacancies = m_wizard->vacancies();
    return index >= 0 && index < vacancies.size() ? &vacancies.at(index) : nullptr;
}

void CandidateSearchPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_table->setEnabled(!busy);
    if (busy)
        m_status->clear();
}

bool CandidateSearchPage::isBusy() const
{
    return m_wizard->isLoadingPool();
}

void CandidateSearchPage::vacancyChanged()
{
    rank();
}

void CandidateSearchPage::rank()
{
    clearRanking();
    const StaffingRow *vacancy = currentVacancy();
    const CandidatePool *pool = m_wizard->pool();
    if (!vacancy || !pool) {
        updateShortlist();
        return;
    }
    DatabaseError error;
    const std::optional<VacancyProfile> profile =
        VacancyProfile::load(m_wizard->database(), vacancy->jabatanId, vacancy->unitId, &error);
    if (!profile) {
        m_status->setText(error ? error.message : tr("The jabatan no longer exists."));
        return;
    }
    RankingOptions options;
    options.includeBlocked = m_showBlocked->isChecked();
    options.kind = TransferKind(m_kind->currentData().toInt());
    m_model->setRanking(
        std::make_unique<CandidateRanking>(*pool, *profile, m_wizard->rules(), options));
    const CandidateRanking *ranking = m_model->ranking();
    const QLocale locale;
    m_status->setText(tr("%1 employees judged: %2 eligible, %3 blocked%4")
                          .arg(locale.toString(ranking->considered()),
                               locale.toString(ranking->considered() - ranking->blocked()),
                               locale.toString(ranking->blocked()),
                               options.includeBlocked ? tr(" (shown last)") : QString()));
    updateShortlist();
    if (m_model->rowCount() > 0)
        selectCandidate(0);
}

void CandidateSearchPage::selectCandidate(int row)
{
    m_table->setCurrentIndex(m_model->index(row, RankingModel::NameColumn));
    m_table->selectRow(row);
}

void CandidateSearchPage::candidateChanged()
{
    const int row = m_table->currentIndex().row();
    const RankedCandidate *candidate = m_model->candidateAt(row);
    m_reasons->showCandidate(m_model->ranking(), candidate, m_model->label(row));
    const bool blocked = candidate && candidate->standing == CandidateStanding::Blocked;
    m_add->setToolTip(blocked ? tr("A blocked candidate cannot be shortlisted") : QString());
    // Looking at the candidates is for everyone; the shortlist feeds proposals.
    const bool mayAdd =
        PermissionUi::gate(m_add, &m_wizard->database(), DataAction::EditShortlist,
                           candidate && !blocked && !m_model->isShortlisted(candidate->employeeId));
    m_note->setReadOnly(!mayAdd);
}

bool CandidateSearchPage::addSelectedToShortlist()
{
    const StaffingRow *vacancy = currentVacancy();
    const RankedCandidate *candidate = m_model->candidateAt(m_table->currentIndex().row());
    if (!vacancy || !candidate)
        return false;
    const QString note = m_note->text().trimmed();
    if (candidate->standing == CandidateStanding::Warning && note.isEmpty()) {
        DialogSeams::critical(this, tr("Justification needed"),
                              tr("This candidate has warnings. Write why the transfer is still "
                                 "proposed in the note before adding them to the shortlist."));
        m_note->setFocus();
        return false;
    }
    Shortlist shortlist(m_wizard->database(), vacancy->jabatanId, vacancy->unitId);
    const Shortlist::AddResult result =
        shortlist.add(candidate->employeeId, TransferKind(m_kind->currentData().toInt()),
                      Session::userName(), note, m_wizard->referenceDate());
    if (!result.added) {
        DialogSeams::critical(this, tr("Not added to the shortlist"),
                              result.error ? result.error.message : result.refusal);
        return false;
    }
    m_note->clear();
    updateShortlist();
    candidateChanged();
    Q_EMIT m_wizard->shortlistChanged();
    return true;
}

void CandidateSearchPage::updateShortlist()
{
    const StaffingRow *vacancy = currentVacancy();
    if (!vacancy) {
        m_shortlist->setText(tr("No vacancy chosen."));
        return;
    }
    const QList<ShortlistEntry> entries =
        Shortlist(m_wizard->database(), vacancy->jabatanId, vacancy->unitId).entries();
    QSet<qint64> ids;
    QList<qint64> order;
    for (const ShortlistEntry &entry : entries) {
        ids.insert(entry.employeeId);
        order.append(entry.employeeId);
    }
    m_model->setShortlisted(ids);
    if (QListWidgetItem *item = m_vacancies->currentItem())
        item->setText(entries.isEmpty() ? NeedsWizard::vacancyTitle(*vacancy)
                                        : tr("%1 · %2 shortlisted")
                                              .arg(NeedsWizard::vacancyTitle(*vacancy),
                                                   QLocale().toString(entries.size())));
    if (entries.isEmpty()) {
        m_shortlist->setText(tr("Nobody is on the shortlist of this vacancy yet."));
        return;
    }
    const QHash<qint64, EmployeeLabel> labels =
        EmployeeFactsRepository(m_wizard->database()).labels(order);
    QStringList names;
    for (const qint64 id : std::as_const(order))
        names << labels.value(id).fullName;
    m_shortlist->setText(
        tr("On the shortlist (%1): %2")
            .arg(QLocale().toString(entries.size()), names.join(QStringLiteral(", "))));
}

QString CandidateSearchPage::statusText() const
{
    return m_status->text();
}

QString CandidateSearchPage::shortlistText() const
{
    return m_shortlist->text();
}

} // namespace Simutasi
