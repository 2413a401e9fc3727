#pragma once

#include "storage/AuditLog.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Simutasi {

// "History of changes" of one employee: the audit entries of the record and of its history
// rows, newest first, with the fields named for the officer ("Riwayat jabatan #17 · TMT").
class AuditTrailView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditTrailView(QWidget *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);
    QTreeWidget *list() const { return m_list; }

    static QString fieldLabel(const QString &field);
    static QString actionLabel(const QString &action);

private:
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace Simutasi
