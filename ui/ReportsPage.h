#pragma once

#include "report/Report.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPrinter;
class QPushButton;
class QTabWidget;

namespace Simutasi {

class Database;
class OptionalDateEdit;
class PageHeader;
class ReportJob;

// Laporan: the catalogue of reports on the left; for the chosen one its filters, the result on
// screen (one tab per part), export to .xlsx or .csv and print preview. Running and exporting
// happen in a worker thread with a progress dialog that can cancel, so the window stays
// responsive at 100,000 rows.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget *parent = nullptr);
    ~ReportsPage() override;

    void setDatabase(Database *database); // nullptr: nothing open

    // For the dashboard's click-through and for tests.
    bool selectReport(const QString &id);
    QString currentReportId() const;
    void setFilters(const ReportFilters &filters);
    ReportFilters filters() const;
    // Runs the chosen report with the filters shown; false when it failed or was cancelled.
    bool runReport();
    // Writes the result shown (running the report first when there is none) to `path`.
    bool exportTo(const QString &path);
    std::shared_ptr<const ReportData> result() const { return m_result; }

public Q_SLOTS:
    void exportXlsx();
    void exportCsv();
    void printPreview();

private:
    QWidget *createFilterBar();
    QWidget *addFilter(QLayout *layout, const QString &label, QWidget *field);
    void fillFilterChoices();
    void reportChosen();
    void showResult();
    void exportAs(const QString &extension, const QString &filter);
    // Shows a progress dialog while `job` runs; returns when it finished.
    void waitFor(ReportJob &job, const QString &label);
    void paint(QPrinter *printer);
    std::optional<Report> currentReport() const;

    Database *m_database = nullptr;
    QList<Report> m_reports;
    std::shared_ptr<const ReportData> m_result;
    ReportFilters m_resultFilters;
    QString m_resultReportId;

    PageHeader *m_header = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_description = nullptr;
    QWidget *m_periodFilter = nullptr;
    OptionalDateEdit *m_from = nullptr;
    OptionalDateEdit *m_to = nullptr;
    QWidget *m_opdFilter = nullptr;
    QComboBox *m_opd = nullptr;
    QWidget *m_regionFilter = nullptr;
    QComboBox *m_region = nullptr;
    QWidget *m_stateFilter = nullptr;
    QComboBox *m_state = nullptr;
    QWidget *m_asOfFilter = nullptr;
    QDateEdit *m_asOf = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_exportXlsx = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_print = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace Simutasi
