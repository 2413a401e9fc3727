#pragma once

#include "analysis/NeedsAnalysis.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Simutasi {

class Database;
class NeedsTableModel;
class PageHeader;

// Analisis Kebutuhan: formasi against bezetting for every jabatan in every unit, or rolled up
// to OPD, kabupaten/kota and province; filters by OPD, region and jabatan type; remote-area
// units marked and, on request, first or alone. A selected shortage shows where staff could
// come from (units with a surplus of the same or a compatible jabatan). From here the officer
// opens the ABK of a post, the candidate search for it, the needs wizard and the eligibility
// rules.
class NeedsAnalysisPage : public QWidget
{
    Q_OBJECT
public:
    enum BalancingColumn
    {
        SourceUnitColumn,
        SourceJabatanColumn,
        SourceOpdColumn,
        SourceRegionColumn,
        SourceSurplusColumn,
        SourceMovableColumn,
        SourceMatchColumn,
        BalancingColumnCount
    };

    explicit NeedsAnalysisPage(QWidget *parent = nullptr);
    ~NeedsAnalysisPage() override;

    void setDatabase(Database *database); // nullptr: nothing open
    void reload();                        // reads the analysis of the province again
    // After a log-in or switch of user: the ABK and the rules open read-only for a user who may
    // not change them, and their tooltips say so.
    void refreshPermissions();
    QPushButton *rulesButton() const { return m_rules; }

    NeedsTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTableWidget *balancingTable() const { return m_balancing; }
    QComboBox *levelBox() const { return m_level; }
    QComboBox *opdBox() const { return m_opd; }
    QComboBox *regionBox() const { return m_region; }
    QComboBox *typeBox() const { return m_type; }
    QCheckBox *remoteFirstBox() const { return m_remoteFirst; }
    QCheckBox *remoteOnlyBox() const { return m_remoteOnly; }
    QPushButton *abkButton() const { return m_abk; }
    QPushButton *candidatesButton() const { return m_candidates; }
    QString summary() const;
    QString balancingCaption() const;
    const StaffingRow *selectedPost() const;
    void selectPost(qint64 unitId, qint64 jabatanId);

    static QString helpText(); // fill rate, ABK, ranking order, JPM

public Q_SLOTS:
    void openAbk();        // for the selected post
    void findCandidates(); // for the selected post
    void openWizard();
    void editRules();
    void showHelp();

Q_SIGNALS:
    void formasiChanged(); // an ABK was adopted: other pages showing formasi should refresh

protected:
    // Formasi and placements change on other pages: the analysis is read again when shown.
    void showEvent(QShowEvent *event) override;

private:
    void fillFilters();
    NeedsScope scope() const;
    void applyFilters(); // re-scopes the province's rows held in memory
    void levelChanged();
    void updateSummary();
    void updateSelection();
    void showBalancing(const StaffingRow *post);

    Database *m_database = nullptr;
    QList<StaffingRow> m_provinceRows;      // every post; the filters take a subset
    QList<StaffingRow> m_provinceSurpluses; // sources for balancing, whatever the filter
    PageHeader *m_header = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_opd = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_type = nullptr;
    QCheckBox *m_remoteFirst = nullptr;
    QCheckBox *m_remoteOnly = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_abk = nullptr;
    QPushButton *m_candidates = nullptr;
    QPushButton *m_wizard = nullptr;
    QPushButton *m_rules = nullptr;
    NeedsTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_balancingCaption = nullptr;
    QTableWidget *m_balancing = nullptr;
};

} // namespace Simutasi
