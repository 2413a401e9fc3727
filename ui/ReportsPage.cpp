#include "ReportsPage.h"

#include "DialogSeams.h"
#include "OptionalDateEdit.h"
#include "PageHeader.h"
#include "ReportJob.h"
#include "ReportTableModel.h"
#include "report/ReportCatalogue.h"
#include "report/ReportExporter.h"
#include "storage/Database.h"
#include "storage/OrgRepository.h"
#include "workflow/ProposalState.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace Simutasi {

namespace {

// Printing a report on screen is for reading; the export carries every row.
constexpr int MaxPrintedRows = 2000;

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ReportsPage::ReportsPage(QWidget *parent)
    : QWidget(parent)
    , m_reports(ReportCatalogue::all())
{
    m_header = new PageHeader(tr("Reports"),
                              tr("Recaps for the leadership and the BKN, as spreadsheets or on "
                                 "paper."),
                              this);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("reportList"));
    for (const Report &report : m_reports) {
        auto *item = new QListWidgetItem(report.title, m_list);
        item->setData(Qt::UserRole, report.id);
        item->setToolTip(report.description);
    }
    m_list->setMinimumWidth(230);
    m_list->setMaximumWidth(320);

    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setObjectName(QStringLiteral("reportDescription"));

    m_run = new QPushButton(tr("Show"), this);
    m_run->setObjectName(QStringLiteral("runReport"));
    m_run->setDefault(true);
    m_exportXlsx = new QPushButton(tr("Export .xlsx…"), this);
    m_exportXlsx->setObjectName(QStringLiteral("exportXlsx"));
    m_exportCsv = new QPushButton(tr("Export .csv…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_print = new QPushButton(tr("Print preview…"), this);
    m_print->setObjectName(QStringLiteral("printPreview"));
    connect(m_run, &QPushButton::clicked, this, [this] { runReport(); });
    connect(m_exportXlsx, &QPushButton::clicked, this, &ReportsPage::exportXlsx);
    connect(m_exportCsv, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::printPreview);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->setDocumentMode(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addStretch();
    buttons->addWidget(m_exportXlsx);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_print);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_description);
    rightLayout->addWidget(createFilterBar());
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] { reportChosen(); });
    m_list->setCurrentRow(0);
    setDatabase(nullptr);
}

ReportsPage::~ReportsPage() = default;

QWidget *ReportsPage::addFilter(QLayout *layout, const QString &label, QWidget *field)
{
    auto *box = new QWidget(this);
    auto *boxLayout = new QHBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 8, 0);
    auto *caption = new QLabel(label, box);
    caption->setBuddy(field);
    boxLayout->addWidget(caption);
    boxLayout->addWidget(field);
    layout->addWidget(box);
    return box;
}

QWidget *ReportsPage::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_from = new OptionalDateEdit(bar);
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to = new OptionalDateEdit(bar);
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_periodFilter = new QWidget(bar);
    auto *period = new QHBoxLayout(m_periodFilter);
    period->setContentsMargins(0, 0, 0, 0);
    addFilter(period, tr("From"), m_from);
    addFilter(period, tr("to"), m_to);
    layout->addWidget(m_periodFilter);
    m_opd = new QComboBox(bar);
    m_opd->setObjectName(QStringLiteral("filterOpd"));
    m_opd->setMinimumContentsLength(24);
    m_opd->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_opdFilter = addFilter(layout, QStringLiteral("OPD"), m_opd);
    m_region = new QComboBox(bar);
    m_region->setObjectName(QStringLiteral("filterRegion"));
    m_regionFilter = addFilter(layout, tr("Kabupaten/Kota"), m_region);
    m_state = new QComboBox(bar);
    m_state->setObjectName(QStringLiteral("filterState"));
    m_state->addItem(tr("All states"), QString());
    for (const ProposalState state : ProposalStates::all())
        m_state->addItem(ProposalStates::name(state), ProposalStates::code(state));
    m_stateFilter = addFilter(layout, tr("State"), m_state);
    m_asOf = new QDateEdit(QDate::currentDate(), bar);
    m_asOf->setObjectName(QStringLiteral("filterAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_asOfFilter = addFilter(layout, tr("As of"), m_asOf);
    layout->addStretch();
    return bar;
}

void ReportsPage::fillFilterChoices()
{
    m_opd->clear();
    m_region->clear();
    m_opd->addItem(tr("All OPDs"), 0);
    m_region->addItem(tr("All"), 0);
    if (!m_database)
        return;
    const OrgRepository org(*m_database);
    QList<OrgUnit> opds;
    for (const OrgUnit &unit : org.units()) {
        if (unit.kind == OrgUnit::Kind::Opd)
            opds.append(unit);
    }
    std::sort(opds.begin(), opds.end(), [](const OrgUnit &a, const OrgUnit &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const OrgUnit &opd : opds)
        m_opd->addItem(opd.name, opd.id);
    for (const Region &region : org.regions())
        m_region->addItem(region.displayName(), region.id);
}

void ReportsPage::setDatabase(Database *database)
{
    m_database = database;
    m_result.reset();
    fillFilterChoices();
    showResult();
}

std::optional<Report> ReportsPage::currentReport() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_reports.size() ? std::optional<Report>(m_reports[row])
                                              : std::nullopt;
}

QString ReportsPage::currentReportId() const
{
    const auto report = currentReport();
    return report ? report->id : QString();
}

bool ReportsPage::selectReport(const QString &id)
{
    for (int row = 0; row < m_reports.size(); ++row) {
        if (m_reports[row].id == id) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void ReportsPage::reportChosen()
{
    const auto report = currentReport();
    if (!report)
        return;
    m_header->setSubtitle(report->title);
    m_description->setText(report->description);
    const QList<ReportFilterKind> &kinds = report->filters;
    m_periodFilter->setVisible(kinds.contains(ReportFilterKind::Period));
    m_opdFilter->setVisible(kinds.contains(ReportFilterKind::Opd));
    m_regionFilter->setVisible(kinds.contains(ReportFilterKind::Region));
    m_stateFilter->setVisible(kinds.contains(ReportFilterKind::State));
    m_asOfFilter->setVisible(kinds.contains(ReportFilterKind::AsOf));
    m_result.reset();
    showResult();
}

void ReportsPage::setFilters(const ReportFilters &filters)
{
    m_from->setValue(filters.from);
    m_to->setValue(filters.to);
    m_opd->setCurrentIndex(std::max(0, m_opd->findData(filters.opdId)));
    m_region->setCurrentIndex(std::max(0, m_region->findData(filters.regionId)));
    m_state->setCurrentIndex(std::max(0, m_state->findData(filters.state)));
    m_asOf->setDate(filters.referenceDate());
}

ReportFilters ReportsPage::filters() const
{
    ReportFilters filters;
    const auto report = currentReport();
    const auto has = [&report](ReportFilterKind kind) {
        return report && report->filters.contains(kind);
    };
    if (has(ReportFilterKind::Period)) {
        filters.from = m_from->value();
        filters.to = m_to->value();
    }
    if (has(ReportFilterKind::Opd))
        filters.opdId = m_opd->currentData().toLongLong();
    if (has(ReportFilterKind::Region))
        filters.regionId = m_region->currentData().toLongLong();
    if (has(ReportFilterKind::State))
        filters.state = m_state->currentData().toString();
    if (has(ReportFilterKind::AsOf))
        filters.asOf = m_asOf->date();
    return filters;
}

void ReportsPage::waitFor(ReportJob &job, const QString &label)
{
    QProgressDialog progress(label, tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowTitle(tr("Reports"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    QTimer poll;
    poll.setInterval(100);
    connect(&poll, &QTimer::timeout, this, [&progress, &job] {
        if (progress.wasCanceled()) {
            job.cancel();
            return;
        }
        if (job.total() > 0) {
            progress.setMaximum(int(std::min<qint64>(job.total(), INT_MAX)));
            progress.setValue(int(std::min(job.done(), job.total())));
        }
    });
    QEventLoop loop;
    connect(&job, &ReportJob::finished, &loop, &QEventLoop::quit);
    job.start();
    poll.start();
    loop.exec();
    poll.stop();
    progress.hide();
}

bool ReportsPage::runReport()
{
    const auto report = currentReport();
    if (!m_database || !report)
        return false;
    const ReportFilters chosen = filters();
    ReportJob job(m_database->path(), *report, chosen);
    waitFor(job, tr("Preparing the report %1…").arg(report->title));
    if (job.error().kind == DatabaseError::Kind::Cancelled)
        return false;
    if (job.error()) {
        DialogSeams::critical(this, tr("The report could not be prepared"), job.error().message);
        return false;
    }
    m_result = job.data();
    m_resultFilters = chosen;
    m_resultReportId = report->id;
    showResult();
    return true;
}

void ReportsPage::showResult()
{
    const bool enabled = m_database != nullptr;
    m_run->setEnabled(enabled);
    m_exportXlsx->setEnabled(enabled);
    m_exportCsv->setEnabled(enabled);
    m_print->setEnabled(enabled && m_result);
    while (m_tabs->count() > 0) {
        QWidget *tab = m_tabs->widget(0);
        m_tabs->removeTab(0);
        tab->deleteLater();
    }
    if (!m_result) {
        m_summary->setText(enabled ? tr("Choose the filters and press Show.")
                                   : tr("Open a database to see its reports."));
        return;
    }
    const QLocale locale;
    m_summary->setText(tr("%Ln row(s).", nullptr, int(m_result->totalRows())));
    for (int part = 0; part < m_result->partCount(); ++part) {
        auto *view = new QTableView(m_tabs);
        view->setObjectName(QStringLiteral("reportTable%1").arg(part));
        auto *model = new ReportTableModel(view);
        model->setData(m_result, part);
        view->setModel(model);
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        const QList<ReportColumn> &columns = m_result->part(part).columns;
        for (int column = 0; column < columns.size(); ++column) {
            // A NIP is shown grouped ("19850312 201001 1 003"): three characters more.
            const int characters = (columns[column].width > 0 ? columns[column].width : 14) +
                                   (columns[column].type == ColumnType::Nip ? 3 : 0);
            view->setColumnWidth(column, view->fontMetrics().averageCharWidth() * characters + 12);
        }
        m_tabs->addTab(view,
                       QStringLiteral("%1 (%2)").arg(m_result->part(part).name,
                                                     locale.toString(m_result->rowCount(part))));
    }
}

bool ReportsPage::exportTo(const QString &path)
{
    const auto report = currentReport();
    if (!m_database || !report)
        return false;
    if ((!m_result || m_resultReportId != report->id || !(m_resultFilters == filters())) &&
        !runReport())
        return false;
    const ReportExportInfo info{
        report->title, ReportFilterText::describe(*m_database, m_resultFilters, report->filters)};
    ReportJob job(m_result, path, info);
    waitFor(job, tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    switch (job.result()) {
    case ReportExporter::Result::Written:
        return true;
    case ReportExporter::Result::Cancelled:
        return false;
    case ReportExporter::Result::Failed:
        DialogSeams::critical(this, tr("The report could not be saved"), job.exportError());
        return false;
    }
    return false;
}

void ReportsPage::exportAs(const QString &extension, const QString &filter)
{
    const auto report = currentReport();
    if (!report)
        return;
    QString path = DialogSeams::getSaveFileName(
        this, tr("Export the report"),
        QDir::home().filePath(report->id + QStringLiteral("-") +
                              QDate::currentDate().toString(Qt::ISODate) + extension),
        filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(extension, Qt::CaseInsensitive))
        path += extension;
    exportTo(path);
}

void ReportsPage::exportXlsx()
{
    exportAs(QStringLiteral(".xlsx"), tr("Excel workbook (*.xlsx)"));
}

void ReportsPage::exportCsv()
{
    exportAs(QStringLiteral(".csv"), tr("CSV, separated by semicolons (*.csv)"));
}

void ReportsPage::paint(QPrinter *printer)
{
    const auto report = currentReport();
    if (!m_result || !report || !m_database)
        return;
    const int part = std::max(0, m_tabs->currentIndex());
    const ReportPart &definition = m_result->part(part);
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2<br>%3</p>")
            .arg(htmlEscaped(report->title + (m_result->partCount() > 1
                                                  ? QStringLiteral(" — ") + definition.name
                                                  : QString())),
                 htmlEscaped(
                     ReportFilterText::describe(*m_database, m_resultFilters, report->filters)),
                 htmlEscaped(tr("Printed %1")
                                 .arg(QLocale().toString(QDateTime::currentDateTime(),
                                                         QLocale::ShortFormat))));
    html += QStringLiteral(
        "<table border='1' cellspacing='0' cellpadding='2' width='100%'><thead><tr>");
    for (const ReportColumn &column : definition.columns)
        html += QStringLiteral("<th bgcolor='#dde6f0'>%1</th>").arg(htmlEscaped(column.title));
    html += QStringLiteral("</tr></thead>");
    const int rows = std::min(m_result->rowCount(part), MaxPrintedRows);
    for (int row = 0; row < rows; ++row) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < definition.columns.size(); ++column) {
            const ColumnType type = definition.columns[column].type;
            const bool number = type == ColumnType::Integer || type == ColumnType::Percentage ||
                                type == ColumnType::Decimal;
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(number ? QStringLiteral(" align='right'") : QString(),
                             htmlEscaped(ReportTableModel::displayText(
                                 m_result->cell(part, row, column), type)));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (rows < m_result->rowCount(part))
        html += QStringLiteral("<p>%1</p>")
                    .arg(htmlEscaped(tr("The first %1 of %2 rows are printed; the export holds "
                                        "all of them.")
                                         .arg(rows)
                                         .arg(m_result->rowCount(part))));
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(7.5);
    document.setDefaultFont(font);
    document.setHtml(html);
    document.print(printer);
}

void ReportsPage::printPreview()
{
    if (!m_result)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPrintPreview"));
    dialog.setWindowTitle(tr("Print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ReportsPage::paint);
    DialogSeams::exec(dialog);
}

} // namespace Simutasi
