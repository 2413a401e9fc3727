#include "JabatanChoice.h"

#include "storage/OrgRepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QSignalBlocker>
#include <algorithm>

namespace Simutasi::JabatanChoice {

void makeSearchable(QComboBox *combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
}

void fill(QComboBox *combo, Database *database)
{
    const QSignalBlocker block(combo);
    combo->clear();
    if (!database)
        return;
    QList<Jabatan> jabatans = OrgRepository(*database).jabatans();
    std::sort(jabatans.begin(), jabatans.end(), [](const Jabatan &a, const Jabatan &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Jabatan &j : std::as_const(jabatans))
        combo->addItem(j.name, j.id);
    combo->setCurrentIndex(-1);
}

} // namespace Simutasi::JabatanChoice
