#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace Simutasi {

class NeedsTableModel;
class NeedsWizard;

// Step 3 of the needs wizard: tick the shortages to fill (remote units listed first). At least
// one must be ticked to go on to the candidate search.
class NeedsPickPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NeedsPickPage(NeedsWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    NeedsTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    void updateCount();

    NeedsWizard *m_wizard;
    NeedsTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace Simutasi
