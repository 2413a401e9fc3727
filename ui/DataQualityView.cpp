#include "DataQualityView.h"

#include "DataQualityModel.h"
#include "DatabaseTask.h"
#include "EmployeeListPanel.h"
#include "storage/Database.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace Simutasi {

DataQualityView::DataQualityView(QWidget *parent)
    : QWidget(parent)
    , m_model(new DataQualityModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("dataQuality"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(DataQualityModel::SortRole);
    m_sorted->setSortLocaleAware(true);

    m_refresh = new QPushButton(tr("Re&fresh"), this);
    m_refresh->setObjectName(QStringLiteral("qualityRefresh"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("qualityBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("cardCaption"));
    m_summary->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_busy);
    top->addWidget(m_refresh);

    m_board = new QTableView(this);
    m_board->setObjectName(QStringLiteral("qualityBoard"));
    m_board->setModel(m_sorted);
    m_board->setSortingEnabled(true);
    m_board->sortByColumn(DataQualityModel::CompleteCompetencyColumn, Qt::AscendingOrder);
    m_board->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_board->setSelectionMode(QAbstractItemView::SingleSelection);
    m_board->setAlternatingRowColors(true);
    m_board->verticalHeader()->hide();
    m_board->verticalHeader()->setDefaultSectionSize(26);
    m_board->horizontalHeader()->setSectionResizeMode(DataQualityModel::OpdColumn,
                                                      QHeaderView::Stretch);

    m_list = new EmployeeListPanel(
        QStringLiteral("qualityList"),
        tr("Double-click a figure in the board to list the employees behind it."), this);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 6, 0, 0);
    lowerLayout->addWidget(m_list);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_board);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DataQualityView::compute);
    connect(m_board, &QTableView::doubleClicked, this, &DataQualityView::boardActivated);
    connect(m_board, &QTableView::activated, this, &DataQualityView::boardActivated);
    connect(m_list, &EmployeeListPanel::employeeActivated, this,
            &DataQualityView::employeeActivated);
}

DataQualityView::~DataQualityView()
{
    // Wait for running work before the members it reports to go.
    delete m_task;
    delete m_drillTask;
}

void DataQualityView::setDatabase(Database *database)
{
    m_database = database;
    m_pending = m_task != nullptr;
    m_nextDrill.reset();
    m_list->setDatabase(database);
    m_model->setRows({}, DataQuality::skpYear(m_referenceDate));
    sizeColumns();
    m_summary->setText(database ? QString() : tr("No database open."));
    reload();
}

void DataQualityView::reload()
{
    m_stale = true;
    if (isVisible())
        compute();
}

void DataQualityView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_database && !m_task)
        compute();
}

void DataQualityView::compute()
{
    if (!m_database || m_task)
        return;
    m_stale = false;
    auto rows = std::make_shared<QList<DataQualityRow>>();
    const QDate date = m_referenceDate;
    m_task = new DatabaseTask(
        m_database->path(),
        [rows, date](Database &database) {
            DatabaseError error;
            *rows = DataQuality::board(database, date, &error);
            return error;
        },
        this);
    connect(m_task, &DatabaseTask::finished, this, [this, rows] {
        const DatabaseError error = m_task->error();
        m_task->deleteLater();
        m_task = nullptr;
        m_busy->setVisible(m_drillTask != nullptr);
        m_refresh->setEnabled(true);
        if (m_pending) { // the database changed meanwhile: this result is stale
            m_pending = false;
            m_stale = true;
            if (isVisible())
                compute();
            return;
        }
        if (error) {
            m_summary->setText(tr("The board could not be counted: %1").arg(error.message));
            return;
        }
        m_model->setRows(*rows, DataQuality::skpYear(m_referenceDate));
        sizeColumns();
        int employees = 0;
        int complete = 0;
        for (const DataQualityRow &row : std::as_const(*rows)) {
            employees += row.counts.employees;
            complete +=
                row.counts.employees - row.counts.count(DataQualityProblem::IncompleteCompetency);
        }
        const QLocale locale;
        m_summary->setText(
            tr("%1 OPDs, %2 employees; competency data complete for %3%. Sort by any column; "
               "double-click a figure to see the employees behind it.")
                .arg(locale.toString(qint64(rows->size())), locale.toString(employees),
                     locale.toString(employees > 0 ? 100.0 * complete / employees : 0.0, 'f', 1)));
        Q_EMIT computed();
    });
    m_busy->show();
    m_refresh->setEnabled(false);
    m_summary->setText(tr("Counting…"));
    m_task->start();
}

// Figures get the width of their header's longest line (bold, with the sort arrow); the OPD
// name takes the rest.
void DataQualityView::sizeColumns()
{
    QFont bold = m_board->horizontalHeader()->font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(bold);
    for (int column = DataQualityModel::EmployeesColumn; column < DataQualityModel::ColumnCount;
         ++column) {
        int widest = 0;
        const QStringList lines =
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().split(u'\n');
        for (const QString &line : lines)
            widest = std::max(widest, metrics.horizontalAdvance(line));
        m_board->setColumnWidth(column, std::max(96, widest + 44));
    }
}

void DataQualityView::boardActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex source = m_sorted->mapToSource(index);
    const DataQualityRow *row = m_model->row(source.row());
    if (!row)
        return;
    drillDown(row->opdId, DataQualityModel::problemOf(source.column())
                              .value_or(DataQualityProblem::IncompleteCompetency));
}

void DataQualityView::drillDown(qint64 opdId, DataQualityProblem problem)
{
    if (!m_database)
        return;
    if (m_drillTask) { // the latest request wins once the running one ends
        m_nextDrill = {opdId, problem};
        return;
    }
    QString opdName;
    for (const DataQualityRow &row : m_model->rows()) {
        if (row.opdId == opdId)
            opdName = row.opdName;
    }
    // An OPD of 40,000 takes about half a second for the competency condition: in the worker.
    auto ids = std::make_shared<QList<qint64>>();
    const QDate date = m_referenceDate;
    m_drillTask = new DatabaseTask(
        m_database->path(),
        [ids, opdId, problem, date](Database &database) {
            DatabaseError error;
            for (const DataQualityEmployee &e :
                 DataQuality::employees(database, opdId, problem, date, &error))
                ids->append(e.employeeId);
            return error;
        },
        this);
    connect(m_drillTask, &DatabaseTask::finished, this, [this, ids, opdName, problem] {
        const DatabaseError error = m_drillTask->error();
        m_drillTask->deleteLater();
        m_drillTask = nullptr;
        m_busy->setVisible(m_task != nullptr);
        if (m_nextDrill) {
            const auto [nextOpd, nextProblem] = *m_nextDrill;
            m_nextDrill.reset();
            drillDown(nextOpd, nextProblem);
            return;
        }
        if (error)
            m_list->setTitle(error.message);
        else
            m_list->showEmployees(tr("%1 — %2").arg(opdName, DataQuality::problemTitle(problem)),
                                  *ids);
        Q_EMIT drilledDown();
    });
    m_list->setTitle(tr("Listing the employees…"));
    m_busy->show();
    m_drillTask->start();
}

EmployeeLabelModel *DataQualityView::listModel() const
{
    return m_list->model();
}

QTableView *DataQualityView::listView() const
{
    return m_list->view();
}

QLabel *DataQualityView::listTitle() const
{
    return m_list->title();
}

} // namespace Simutasi
