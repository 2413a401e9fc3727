#include "EmployeeListPanel.h"

#include "EmployeeLabelModel.h"
#include "i18n/Plural.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Simutasi {

EmployeeListPanel::EmployeeListPanel(const QString &tableName, const QString &prompt,
                                     QWidget *parent)
    : QWidget(parent)
    , m_model(new EmployeeLabelModel(this))
    , m_title(new QLabel(prompt, this))
    , m_view(new QTableView(this))
{
    m_title->setObjectName(tableName + QStringLiteral("Title"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_view->setObjectName(tableName);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(
        EmployeeLabelModel::NipColumn,
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("00000000 000000 0 000")) + 16);
    m_view->setColumnWidth(EmployeeLabelModel::NameColumn, 220);
    m_view->setColumnWidth(EmployeeLabelModel::JabatanColumn, 200);
    m_view->setColumnWidth(EmployeeLabelModel::UnitColumn, 220);
    m_view->setToolTip(tr("Double-click an employee to open their record."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT employeeActivated(m_model->employeeId(index.row()));
    });
}

void EmployeeListPanel::setDatabase(Database *database)
{
    m_model->setDatabase(database);
}

void EmployeeListPanel::showEmployees(const QString &heading, const QList<qint64> &employeeIds)
{
    m_title->setText(tr("%1: %2").arg(
        heading, plural(employeeIds.size(), tr("1 employee"), tr("%1 employees"))));
    m_model->setEmployees(employeeIds);
}

void EmployeeListPanel::setTitle(const QString &title)
{
    m_title->setText(title);
}

} // namespace Simutasi
