#pragma once

#include "analysis/CandidateRanking.h"
#include "storage/EmployeeFactsRepository.h"

#include <QFrame>

class QLabel;
class QTableWidget;

namespace Simutasi {

// Why a candidate stands where they do: every eligibility rule with its outcome (pass, warning,
// blocking, not checked) and the sentence an officer reads, then the job-person match with the
// requirements that are not met. Shows one candidate of a ranking at a time.
class CandidateReasonsView : public QFrame
{
    Q_OBJECT
public:
    enum Column
    {
        RuleColumn,
        OutcomeColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit CandidateReasonsView(QWidget *parent = nullptr);

    // candidate == nullptr clears the view.
    void showCandidate(const CandidateRanking *ranking, const RankedCandidate *candidate,
                       const EmployeeLabel &label);
    QTableWidget *rulesTable() const { return m_rules; }
    QString headline() const;
    QString jpmText() const;

private:
    QLabel *m_headline = nullptr;
    QTableWidget *m_rules = nullptr;
    QLabel *m_jpm = nullptr;
};

} // namespace Simutasi
