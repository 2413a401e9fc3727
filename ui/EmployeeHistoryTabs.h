#pragma once

#include "HistoryTableModel.h"
#include "domain/Jabatan.h"
#include "domain/OrgUnit.h"
#include "registry/EmployeeRecord.h"
#include "storage/EmployeeRepository.h"

#include <QHash>
#include <QObject>

class QTabWidget;

namespace Simutasi {

class HistoryTab;

// The five history tabs of the employee dialog (riwayat jabatan, riwayat pangkat, SKP, diklat,
// hukuman disiplin): one HistoryTableModel each, with its columns, and one HistoryTab each.
// Jabatan and unit names in the riwayat jabatan are completed from the catalogue and the tree;
// a name found there also records the catalogue entry's id.
class EmployeeHistoryTabs : public QObject
{
    Q_OBJECT
public:
    EmployeeHistoryTabs(const QList<Jabatan> &jabatans, const QList<OrgUnit> &units,
                        QObject *parent = nullptr);

    void addTabsTo(QTabWidget *tabs);
    void setRecord(const EmployeeRecord &record);
    void collectInto(EmployeeRecord &record) const;
    HistoryTab *tab(HistoryKind kind) const { return m_tabs.value(kind); }
    // The title of the first tab with a required value missing; empty when none.
    QString incompleteTab() const;

Q_SIGNALS:
    void edited();

private:
    void createJabatanModel(const QStringList &jabatanNames, const QStringList &unitNames);
    void createPangkatModel();
    void createSkpModel();
    void createDiklatModel();
    void createSanctionModel();
    void addTab(QTabWidget *tabs, HistoryKind kind, HistoryModelBase *model, const QString &title,
                const QString &explanation);

    QHash<QString, qint64> m_jabatanIds; // lower-case name -> id
    QHash<QString, qint64> m_unitIds;    // lower-case name -> id, for names used once only
    HistoryTableModel<JabatanHistoryEntry> *m_jabatan = nullptr;
    HistoryTableModel<PangkatHistoryEntry> *m_pangkat = nullptr;
    HistoryTableModel<SkpRating> *m_skp = nullptr;
    HistoryTableModel<DiklatEntry> *m_diklat = nullptr;
    HistoryTableModel<Sanction> *m_sanctions = nullptr;
    QHash<HistoryKind, HistoryTab *> m_tabs;
    QHash<HistoryKind, QString> m_titles;
};

} // namespace Simutasi
