#pragma once

#include "import/ImportReport.h"

#include <QWidget>

class QLabel;

namespace Simutasi {

// A row of number tiles summing up an import: rows read, inserted, updated, unchanged,
// rejected. The preview says "to insert", the result "inserted".
class ImportCountsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ImportCountsWidget(QWidget *parent = nullptr);

    void showReport(const ImportReport &report, bool written);
    QString countText(const QString &tileName) const; // "read", "insert", "update", ...

private:
    QLabel *addTile(const QString &name);

    QLabel *m_read = nullptr;
    QLabel *m_insert = nullptr;
    QLabel *m_update = nullptr;
    QLabel *m_unchanged = nullptr;
    QLabel *m_rejected = nullptr;
    QList<QLabel *> m_captions;
};

} // namespace Simutasi
