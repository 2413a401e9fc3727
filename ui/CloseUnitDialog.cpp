#include "CloseUnitDialog.h"

#include "DateText.h"
#include "i18n/Plural.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Simutasi {

CloseUnitDialog::CloseUnitDialog(const QString &unitName, int openUnitsBelow, int employees,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("closeUnitDialog"));
    setWindowTitle(tr("Close unit"));

    QStringList notes{tr("<b>%1</b> will be shown as closed from this date on. It stays in the "
                         "records, with its history and its formasi.")
                          .arg(unitName.toHtmlEscaped())};
    if (openUnitsBelow > 0)
        notes.append(plural(openUnitsBelow,
                            tr("The open unit below it is closed on the same date."),
                            tr("The %1 open units below it are closed on the same date.")));
    if (employees > 0)
        notes.append(tr("%1 employees are still placed in this branch. They keep their post "
                        "until they are transferred.")
                         .arg(QLocale().toString(employees)));
    auto *text = new QLabel(notes.join(QStringLiteral("<br><br>")), this);
    text->setWordWrap(true);
    text->setMinimumWidth(420);

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("closedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateDisplayFormat);

    auto *form = new QFormLayout;
    form->addRow(tr("Closed on:"), m_date);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Close unit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(buttons);
}

QDate CloseUnitDialog::closedOn() const
{
    return m_date->date();
}

} // namespace Simutasi
