#pragma once

#include "report/Dashboard.h"
#include "report/ReportFilters.h"

#include <QWidget>
#include <memory>

class QChartView;
class QGridLayout;
class QLabel;
class QStackedWidget;

namespace Simutasi {

class Database;
class DashboardJob;

// Beranda: without a database, the three ways to get one. With a database, its name, the key
// numbers (ASN, open vacancies, proposals waiting for the user) and the dashboard's charts:
// largest shortages by OPD, transfers per month, proposals by state, the 9-box distribution and
// competency data completeness. The figures are computed in a worker thread (DashboardJob);
// clicking a bar asks for the report behind it (reportRequested).
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(QWidget *parent = nullptr);
    ~HomePage() override;

    void setDatabase(Database *database); // nullptr: nothing open
    void refresh();

    // For tests: whether the dashboard's figures are still being computed, and the last ones.
    bool isLoading() const;
    const DashboardFigures &figures() const { return m_figures; }
    void setReferenceDate(const QDate &date) { m_referenceDate = date; } // null = today

Q_SIGNALS:
    void demoRequested();
    void newDatabaseRequested();
    void openDatabaseRequested();
    // A chart was clicked: show the report `id` with `filters`.
    void reportRequested(const QString &id, const ReportFilters &filters);
    void dashboardReady();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createStatTile(QLabel **valueLabel, const QString &caption);
    QWidget *createNoDatabasePanel();
    QWidget *createDatabasePanel();
    QChartView *createChartView(const QString &objectName);
    void startDashboard();
    void showFigures();
    void showShortages();
    void showTransfers();
    void showProposals();
    void showTalentGrid();
    void showCompleteness();

    Database *m_database = nullptr;
    QDate m_referenceDate;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_fileName = nullptr;
    QLabel *m_filePath = nullptr;
    QLabel *m_employees = nullptr;
    QLabel *m_vacancies = nullptr;
    QLabel *m_waiting = nullptr;
    QWidget *m_waitingTile = nullptr;
    QLabel *m_opds = nullptr;
    QLabel *m_units = nullptr;
    QLabel *m_loading = nullptr;
    QChartView *m_shortageChart = nullptr;
    QChartView *m_transferChart = nullptr;
    QChartView *m_proposalChart = nullptr;
    QChartView *m_talentChart = nullptr;
    QChartView *m_completenessChart = nullptr;
    std::unique_ptr<DashboardJob> m_job;
    bool m_refreshAgain = false;
    DashboardFigures m_figures;
};

} // namespace Simutasi
