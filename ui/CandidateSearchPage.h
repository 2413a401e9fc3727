#pragma once

#include "analysis/NeedsAnalysis.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace Simutasi {

class CandidateReasonsView;
class NeedsWizard;
class RankingModel;

// Step 4 of the needs wizard: for each picked vacancy the ranking of every employee of the
// province (eligibility first, then JPM, then tie-breakers). Selecting a candidate shows every
// eligibility rule with its outcome and reason; "Add to shortlist" keeps the candidate for the
// vacancy (blocked candidates can be shown but never added; a candidate with warnings needs a
// written justification). The shortlist is what transfer proposals start from.
class CandidateSearchPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CandidateSearchPage(NeedsWizard *wizard);
    ~CandidateSearchPage() override;

    void initializePage() override;
    void cleanupPage() override;

    QListWidget *vacancyList() const { return m_vacancies; }
    QTableView *rankingTable() const { return m_table; }
    RankingModel *rankingModel() const { return m_model; }
    CandidateReasonsView *reasonsView() const { return m_reasons; }
    QCheckBox *showBlockedBox() const { return m_showBlocked; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *addButton() const { return m_add; }
    QString statusText() const;
    QString shortlistText() const;
    bool isBusy() const;

    // Selects a candidate row; adds the selected candidate (false and a message when refused).
    void selectCandidate(int row);
    bool addSelectedToShortlist();
    void clearRanking(); // before the pool goes away

private:
    const StaffingRow *currentVacancy() const;
    void vacancyChanged();
    void rank();
    void candidateChanged();
    void updateShortlist();
    void setBusy(bool busy);

    NeedsWizard *m_wizard;
    QListWidget *m_vacancies = nullptr;
    QCheckBox *m_showBlocked = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_busy = nullptr;
    QTableView *m_table = nullptr;
    RankingModel *m_model = nullptr;
    CandidateReasonsView *m_reasons = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_shortlist = nullptr;
};

} // namespace Simutasi
