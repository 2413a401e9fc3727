#pragma once

#include "storage/DataQualityRepository.h"

#include <QDate>
#include <QWidget>
#include <optional>
#include <utility>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Simutasi {

class Database;
class DatabaseTask;
class DataQualityModel;
class EmployeeLabelModel;
class EmployeeListPanel;

// The data-quality board (DataQuality in core): per OPD, how complete the competency data is
// and how many records miss last year's SKP, disagree between NIP and birth date or gender, or
// lack the education field; sortable by any column. Double-clicking a figure lists the
// employees behind it; double-clicking one of them opens their record. The board is counted
// in a worker thread (about 0.35 s at 100,000 employees) with a busy indicator.
class DataQualityView : public QWidget
{
    Q_OBJECT
public:
    explicit DataQualityView(QWidget *parent = nullptr);
    ~DataQualityView() override;

    void setDatabase(Database *database); // nullptr: nothing open
    void setReferenceDate(const QDate &date) { m_referenceDate = date; }
    void reload(); // counts again (in the background) when shown
    void compute();
    bool isComputing() const { return m_task != nullptr; }
    // Lists the employees of one OPD with one problem, read in the background; drilledDown()
    // follows.
    void drillDown(qint64 opdId, DataQualityProblem problem);
    bool isDrillingDown() const { return m_drillTask != nullptr; }

    DataQualityModel *model() const { return m_model; }
    QSortFilterProxyModel *sortedModel() const { return m_sorted; }
    QTableView *board() const { return m_board; }
    QProgressBar *busyIndicator() const { return m_busy; }
    EmployeeLabelModel *listModel() const;
    QTableView *listView() const;
    QLabel *listTitle() const;

Q_SIGNALS:
    void computed();
    void drilledDown();
    void employeeActivated(qint64 employeeId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void boardActivated(const QModelIndex &index);
    void sizeColumns();

    Database *m_database = nullptr;
    QDate m_referenceDate = QDate::currentDate();
    DatabaseTask *m_task = nullptr;
    DatabaseTask *m_drillTask = nullptr;
    std::optional<std::pair<qint64, DataQualityProblem>> m_nextDrill;
    bool m_stale = true;
    bool m_pending = false; // the database changed while a count ran

    QPushButton *m_refresh = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_summary = nullptr;
    DataQualityModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_board = nullptr;
    EmployeeListPanel *m_list = nullptr;
};

} // namespace Simutasi
