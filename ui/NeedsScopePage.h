#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QListWidget;

namespace Simutasi {

class NeedsWizard;

// Step 1 of the needs wizard: which OPDs, kabupaten/kota and jabatan types to look at (nothing
// ticked in a list means all of it), and whether only units in remote areas count.
class NeedsScopePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NeedsScopePage(NeedsWizard *wizard);

    void initializePage() override;
    bool validatePage() override; // settles the scope and runs the analysis

    QListWidget *opdList() const { return m_opds; }
    QListWidget *regionList() const { return m_regions; }
    QListWidget *typeList() const { return m_types; }
    QCheckBox *remoteOnlyBox() const { return m_remoteOnly; }
    // Ticks the entry with this id (OPD, region) or JabatanType value in a list.
    static bool tick(QListWidget *list, qint64 id);

private:
    QListWidget *checkList(const QString &name);
    void updateSummary();

    NeedsWizard *m_wizard;
    QListWidget *m_opds = nullptr;
    QListWidget *m_regions = nullptr;
    QListWidget *m_types = nullptr;
    QCheckBox *m_remoteOnly = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Simutasi
