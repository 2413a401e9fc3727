#pragma once

#include "domain/Jabatan.h"

#include <QDialog>
#include <QSet>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Simutasi {

// Adds a jabatan to a unit's formasi: a searchable list of the catalogue (without the jabatan
// the unit already lists) and the required headcount.
class AddFormasiDialog : public QDialog
{
    Q_OBJECT
public:
    AddFormasiDialog(const QString &unitName, const QList<Jabatan> &catalogue,
                     const QSet<qint64> &alreadyListed, QWidget *parent = nullptr);

    qint64 jabatanId() const;
    int required() const;

    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }
    QSpinBox *requiredField() const { return m_required; }
    void choose(qint64 jabatanId);

private:
    void applySearch(const QString &text);
    void updateOk();

    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QSpinBox *m_required = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Simutasi
