#include "AddFormasiDialog.h"

#include "FormasiDelegate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Simutasi {

namespace {
constexpr int JabatanIdRole = Qt::UserRole + 1;
}

AddFormasiDialog::AddFormasiDialog(const QString &unitName, const QList<Jabatan> &catalogue,
                                   const QSet<qint64> &alreadyListed, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("addFormasiDialog"));
    setWindowTitle(tr("Add jabatan to the formasi"));

    auto *intro = new QLabel(
        tr("Choose a jabatan for the formasi of <b>%1</b>.").arg(unitName.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Find a jabatan"));
    m_search->setClearButtonEnabled(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("jabatanChoices"));
    m_list->setUniformItemSizes(true);
    for (const Jabatan &jabatan : catalogue) {
        if (alreadyListed.contains(jabatan.id))
            continue;
        auto *item = new QListWidgetItem(
            tr("%1  —  %2").arg(jabatan.name, JabatanTypes::displayName(jabatan.type)), m_list);
        item->setData(JabatanIdRole, jabatan.id);
    }

    m_required = new QSpinBox(this);
    m_required->setObjectName(QStringLiteral("formasiRequired"));
    m_required->setRange(0, FormasiDelegate::Maximum);
    m_required->setValue(1);
    m_required->setMinimumWidth(90);
    m_required->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *form = new QFormLayout;
    form->addRow(tr("&Formasi (required headcount):"), m_required);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &AddFormasiDialog::applySearch);
    connect(m_list, &QListWidget::currentRowChanged, this, &AddFormasiDialog::updateOk);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(560, 520);
    updateOk();
}

void AddFormasiDialog::applySearch(const QString &text)
{
    const QString wanted = text.simplified();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setHidden(!item->text().contains(wanted, Qt::CaseInsensitive));
    }
    if (m_list->currentItem() && m_list->currentItem()->isHidden())
        m_list->setCurrentRow(-1);
    updateOk();
}

void AddFormasiDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(jabatanId() > 0);
}

void AddFormasiDialog::choose(qint64 jabatanId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(JabatanIdRole).toLongLong() == jabatanId)
            m_list->setCurrentRow(row);
    }
}

qint64 AddFormasiDialog::jabatanId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(JabatanIdRole).toLongLong() : 0;
}

int AddFormasiDialog::required() const
{
    return m_required->value();
}

} // namespace Simutasi
