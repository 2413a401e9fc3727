#include "ImportPreviewPage.h"

#include "ImportCountsWidget.h"
#include "ImportIssueModel.h"
#include "ImportJob.h"
#include "ImportWizard.h"
#include "PlainRowDelegate.h"
#include "domain/JabatanType.h"
#include "domain/OrgUnit.h"
#include "i18n/Plural.h"

#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Simutasi {

namespace {

constexpr int RowsListed = 8;       // row numbers listed per missing unit or jabatan
constexpr int MissingRowsShown = 4; // the list scrolls beyond that

// The engine names what it would create by its storage code ("sekolah", "ahli_muda").
QString guessText(const QString &guess)
{
    if (const auto kind = orgUnitKindFromCode(guess))
        return orgUnitKindName(*kind);
    if (const auto type = JabatanTypes::fromCode(guess))
        return JabatanTypes::displayName(*type);
    return guess;
}

QString missingKindName(MissingReference::Kind kind)
{
    switch (kind) {
    case MissingReference::Kind::Opd:
        return ImportPreviewPage::tr("OPD");
    case MissingReference::Kind::Unit:
        return ImportPreviewPage::tr("Unit");
    case MissingReference::Kind::Jabatan:
        return ImportPreviewPage::tr("Jabatan");
    }
    return {};
}

QString rowList(const QList<int> &rows)
{
    QStringList numbers;
    for (int i = 0; i < rows.size() && i < RowsListed; ++i)
        numbers.append(QString::number(rows.at(i)));
    if (rows.size() > RowsListed)
        numbers.append(ImportPreviewPage::tr("and %1 more").arg(rows.size() - RowsListed));
    return numbers.join(QStringLiteral(", "));
}

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    cell->setToolTip(text);
    return cell;
}

void styleTable(QTableView *table)
{
    table->setItemDelegate(new PlainRowDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_rejects(new ImportIssueModel(this))
{
    setTitle(tr("Check before importing"));
    setSubTitle(tr("Every row has been checked; nothing has been written yet."));
    setCommitPage(true);

    m_busy = new QWidget(this);
    m_busyText = new QLabel(m_busy);
    auto *bar = new QProgressBar(m_busy);
    bar->setRange(0, 0);
    auto *busyLayout = new QVBoxLayout(m_busy);
    busyLayout->addStretch();
    busyLayout->addWidget(m_busyText, 0, Qt::AlignHCenter);
    busyLayout->addWidget(bar);
    busyLayout->addStretch();

    m_content = new QWidget(this);
    m_fatal = new QLabel(m_content);
    m_fatal->setObjectName(QStringLiteral("importFatal"));
    m_fatal->setWordWrap(true);
    m_fatal->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_counts = new ImportCountsWidget(m_content);
    m_allGood = new QLabel(m_content);
    m_allGood->setStyleSheet(QStringLiteral("color: #1e7a3d;"));
    m_allGood->setWordWrap(true);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_fatal);
    contentLayout->addWidget(m_counts);
    contentLayout->addWidget(createMissingBox());
    contentLayout->addWidget(createRejectBox(), 1);
    contentLayout->addWidget(createChoiceBox());
    contentLayout->addWidget(m_allGood);
    contentLayout->addStretch(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy, 1);
    layout->addWidget(m_content, 1);
}

ImportPreviewPage::~ImportPreviewPage() = default;

QWidget *ImportPreviewPage::createMissingBox()
{
    m_missingBox = new QGroupBox(tr("Units and jabatan that are not in the database"), m_content);
    m_missingText = new QLabel(m_missingBox);
    m_missingText->setWordWrap(true);
    m_missingTable = new QTableWidget(0, 5, m_missingBox);
    m_missingTable->setObjectName(QStringLiteral("importMissing"));
    m_missingTable->setHorizontalHeaderLabels(
        {tr("What"), tr("Name"), tr("In"), tr("Would be created as"), tr("Rows")});
    styleTable(m_missingTable);
    m_createMissing = new QRadioButton(tr("&Create them when importing"), m_missingBox);
    m_createMissing->setObjectName(QStringLiteral("createMissing"));
    m_rejectMissing = new QRadioButton(tr("&Reject the rows that name them"), m_missingBox);
    m_rejectMissing->setObjectName(QStringLiteral("rejectMissing"));
    m_rejectMissing->setChecked(true);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_createMissing);
    choice->addWidget(m_rejectMissing);
    choice->addStretch();
    auto *layout = new QVBoxLayout(m_missingBox);
    layout->addWidget(m_missingText);
    layout->addWidget(m_missingTable);
    layout->addLayout(choice);
    connect(m_createMissing, &QRadioButton::toggled, this, [this](bool create) {
        if (create == m_wizard->createMissing())
            return;
        m_wizard->setCreateMissing(create);
        startPreview(); // what is rejected and what is created both change
    });
    return m_missingBox;
}

QWidget *ImportPreviewPage::createRejectBox()
{
    m_rejectBox = new QGroupBox(tr("Rejected rows"), m_content);
    m_rejectTable = new QTableView(m_rejectBox);
    m_rejectTable->setObjectName(QStringLiteral("importRejects"));
    m_rejectTable->setModel(m_rejects);
    styleTable(m_rejectTable);
    QHeaderView *header = m_rejectTable->horizontalHeader();
    const QFontMetrics metrics = m_rejectTable->fontMetrics();
    header->resizeSection(ImportIssueModel::RowColumn,
                          metrics.horizontalAdvance(QStringLiteral("00000")) + 24);
    header->resizeSection(ImportIssueModel::ColumnColumn, 130);
    header->resizeSection(ImportIssueModel::ValueColumn, 150);
    m_saveReport = new QPushButton(tr("Save report…"), m_rejectBox);
    m_saveReport->setObjectName(QStringLiteral("saveRejectReport"));
    m_saveReport->setToolTip(tr("Save the rejected rows with their reasons as an Excel workbook or "
                                "a CSV file, to fix them in the source file"));
    m_saved = new QLabel(m_rejectBox);
    m_saved->setStyleSheet(QStringLiteral("color: #5b6878;"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saved, 1);
    buttons->addWidget(m_saveReport);
    auto *layout = new QVBoxLayout(m_rejectBox);
    layout->addWidget(m_rejectTable, 1);
    layout->addLayout(buttons);
    connect(m_saveReport, &QPushButton::clicked, this, [this] {
        if (m_wizard->saveRejectReport(this, m_rejects->issues()))
            m_saved->setText(tr("Report saved."));
    });
    return m_rejectBox;
}

QWidget *ImportPreviewPage::createChoiceBox()
{
    m_choiceBox = new QGroupBox(tr("What to do"), m_content);
    m_importValid = new QRadioButton(m_choiceBox);
    m_importValid->setObjectName(QStringLiteral("importValidRows"));
    m_importValid->setChecked(true);
    m_importNothing = new QRadioButton(tr("Import &nothing until the file is fixed"), m_choiceBox);
    m_importNothing->setObjectName(QStringLiteral("importNothing"));
    auto *layout = new QVBoxLayout(m_choiceBox);
    layout->addWidget(m_importValid);
    layout->addWidget(m_importNothing);
    connect(m_importValid, &QRadioButton::toggled, this, &ImportPreviewPage::updateCommitText);
    return m_choiceBox;
}

void ImportPreviewPage::initializePage()
{
    m_createMissing->blockSignals(true);
    m_rejectMissing->setChecked(!m_wizard->createMissing());
    m_createMissing->setChecked(m_wizard->createMissing());
    m_createMissing->blockSignals(false);
    m_importValid->setChecked(true);
    m_saved->clear();
    startPreview();
}

void ImportPreviewPage::startPreview()
{
    if (m_job && m_checking) {
        // A check still running (the officer went back and on again) finishes on its own; its
        // report is no longer wanted, and the page does not wait for it.
        ImportJob *old = m_job.release();
        old->setParent(this); // waited for at the latest when the wizard closes
        disconnect(old, nullptr, this, nullptr);
        connect(old, &ImportJob::finished, old, &QObject::deleteLater);
    }
    m_job = std::make_unique<ImportJob>(m_wizard->jobRequest(ImportJob::Mode::Preview));
    connect(m_job.get(), &ImportJob::finished, this, &ImportPreviewPage::previewFinished);
    m_busyText->setText(
        plural(m_wizard->table().dataRowCount(), tr("Checking 1 row…"), tr("Checking %1 rows…")));
    m_busy->show();
    m_content->hide();
    setButtonText(QWizard::CommitButton, tr("Import"));
    m_checking = true;
    m_checked = false;
    m_job->start();
    Q_EMIT completeChanged();
}

bool ImportPreviewPage::isChecking() const
{
    return m_checking;
}

void ImportPreviewPage::previewFinished()
{
    m_checking = false;
    m_checked = true;
    const ImportReport &report = m_job->report();
    m_wizard->setPreview(report);
    QString problem = report.fatal;
    if (problem.isEmpty() && report.error)
        problem = report.error.message;
    m_fatal->setText(problem);
    m_fatal->setVisible(!problem.isEmpty());
    m_counts->setVisible(problem.isEmpty());
    m_counts->showReport(report, false);
    m_rejects->setIssues(report.rejects);
    m_rejectBox->setVisible(problem.isEmpty() && report.hasRejects());
    m_rejectBox->setTitle(tr("Rejected rows (%1)").arg(QLocale().toString(report.rejectedRows)));
    showMissing(report);
    showChoice(report);
    m_busy->hide();
    m_content->show();
    Q_EMIT completeChanged();
}

void ImportPreviewPage::showMissing(const ImportReport &report)
{
    m_missingBox->setVisible(report.fatal.isEmpty() && !report.missing.isEmpty());
    m_missingText->setText(
        plural(report.missing.size(),
               tr("The file names a unit or jabatan that the database does not have."),
               tr("The file names %1 units or jabatan that the database does not have.")));
    m_missingTable->setRowCount(int(report.missing.size()));
    for (int row = 0; row < report.missing.size(); ++row) {
        const MissingReference &missing = report.missing.at(row);
        m_missingTable->setItem(row, 0, item(missingKindName(missing.kind)));
        m_missingTable->setItem(row, 1, item(missing.name));
        m_missingTable->setItem(row, 2, item(missing.parent));
        m_missingTable->setItem(row, 3, item(guessText(missing.guess)));
        m_missingTable->setItem(row, 4, item(rowList(missing.rows)));
    }
    m_missingTable->resizeColumnsToContents();
    const int shown = std::clamp(int(report.missing.size()), 1, MissingRowsShown);
    m_missingTable->setFixedHeight(m_missingTable->verticalHeader()->defaultSectionSize() * shown +
                                   m_missingTable->horizontalHeader()->sizeHint().height() + 4);
}

void ImportPreviewPage::showChoice(const ImportReport &report)
{
    const int valid = report.inserted + report.updated + report.unchanged;
    const bool usable = report.fatal.isEmpty() && !report.error;
    // Flags, not isVisible(): QWizard hides the page while it updates its buttons.
    m_offersChoice = usable && report.hasRejects() && valid > 0;
    m_choiceBox->setVisible(m_offersChoice);
    m_importValid->setText(
        plural(valid, tr("Import the 1 valid row now; the rejected rows are left out"),
               tr("Import the %1 valid rows now; the rejected rows are left out")));
    QString summary;
    if (usable && !report.hasRejects())
        summary = plural(report.rowsRead, tr("The row can be imported."),
                         tr("All %1 rows can be imported."));
    if (usable && report.hasRejects() && valid == 0)
        summary = tr("No row can be imported. Save the report, fix the file and import it again.");
    if (usable && report.inserted + report.updated == 0 && valid > 0)
        summary = tr("The register already holds everything in this file: nothing would change.");
    m_allGood->setText(summary);
    m_allGood->setVisible(!summary.isEmpty());
    m_allGood->setStyleSheet(valid > 0 ? QStringLiteral("color: #1e7a3d;")
                                       : QStringLiteral("color: #b42318;"));
    updateCommitText();
}

bool ImportPreviewPage::wantsImport() const
{
    const ImportReport &report = m_wizard->preview();
    return report.inserted + report.updated > 0 &&
           !(m_offersChoice && m_importNothing->isChecked());
}

void ImportPreviewPage::updateCommitText()
{
    const ImportReport &report = m_wizard->preview();
    setButtonText(QWizard::CommitButton, wantsImport()
                                             ? plural(report.inserted + report.updated,
                                                      tr("Import 1 row"), tr("Import %1 rows"))
                                             : tr("Close without importing"));
}

bool ImportPreviewPage::isComplete() const
{
    const ImportReport &report = m_wizard->preview();
    return !m_checking && m_checked && report.fatal.isEmpty() && !report.error;
}

int ImportPreviewPage::nextId() const
{
    return wantsImport() ? ImportWizard::RunPageId : ImportWizard::ResultPageId;
}

bool ImportPreviewPage::validatePage()
{
    if (!wantsImport())
        m_wizard->setResult(m_wizard->preview(), false); // not written: nothing was imported
    return true;
}

} // namespace Simutasi
