#include "EmployeePage.h"

#include "DialogSeams.h"
#include "EmployeeDetailPanel.h"
#include "EmployeeDialog.h"
#include "EmployeeFilterBar.h"
#include "EmployeeTableModel.h"
#include "PageHeader.h"
#include "PermissionUi.h"
#include "UnitSelector.h"
#include "settings/Settings.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrgRepository.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QShowEvent>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Simutasi {

namespace {

// A magnifying glass for the search field, in the field's placeholder colour.
QIcon searchIcon(const QColor &color)
{
    QPixmap pm(QSize(32, 32));
    pm.fill(Qt::transparent);
    QPainter painter(&pm);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 3, Qt::SolidLine, Qt::RoundCap));
    painter.drawEllipse(QPointF(13.5, 13.5), 8, 8);
    painter.drawLine(QPointF(19.5, 19.5), QPointF(27, 27));
    return QIcon(pm);
}

// Draws cells without the dotted focus frame: the whole row is selected, which already shows
// where the keyboard is.
class RowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->state &= ~QStyle::State_HasFocus;
    }
};

} // namespace

EmployeePage::EmployeePage(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_model(new EmployeeTableModel(this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("employeeSearch"));
    m_search->setPlaceholderText(tr("Search by name or NIP"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(searchIcon(palette().color(QPalette::PlaceholderText)),
                        QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(360);

    m_filters = new EmployeeFilterBar(this);
    m_newAction = new QAction(tr("New &employee…"), this);
    m_newAction->setObjectName(QStringLiteral("actionNewEmployee"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newAction->setEnabled(false);
    connect(m_newAction, &QAction::triggered, this, &EmployeePage::newEmployee);
    m_newButton = new QPushButton(tr("New employee"), this);
    m_newButton->setObjectName(QStringLiteral("newEmployeeButton"));
    m_newButton->setEnabled(false);
    m_newButton->setToolTip(tr("Add an employee to the register (Ctrl+Shift+N)"));
    // The page's main action, in the colour of the selected navigation entry.
    m_newButton->setStyleSheet(QStringLiteral(
        "QPushButton { background: #2f6fb5; color: #ffffff; border: 1px solid #285f9c; "
        "border-radius: 5px; padding: 5px 16px; font-weight: 600; } "
        "QPushButton:hover { background: #285f9c; } "
        "QPushButton:disabled { background: #c3cfdc; border-color: #c3cfdc; }"));
    connect(m_newButton, &QPushButton::clicked, this, &EmployeePage::newEmployee);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("employeeTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new RowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setFrameShape(QFrame::NoFrame);
    // Every row has the same height, so the view never measures rows it does not show.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(fontMetrics().height() + 4);
    rows->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setStretchLastSection(true);
    columns->setMinimumSectionSize(36);
    columns->setSortIndicator(EmployeeTableModel::NameColumn, Qt::AscendingOrder);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this, &EmployeePage::showHeaderMenu);
    m_table->setSortingEnabled(true);
    restoreHeader();

    auto *tableFrame = new QFrame(this);
    tableFrame->setObjectName(QStringLiteral("tableFrame"));
    auto *frameLayout = new QVBoxLayout(tableFrame);
    frameLayout->setContentsMargins(1, 1, 1, 1);
    frameLayout->addWidget(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 14);
    layout->setSpacing(14);
    layout->addWidget(new PageHeader(tr("Employees"),
                                     tr("The register of the province's civil servants: PNS, "
                                        "CPNS and PPPK"),
                                     this));
    layout->addLayout(createToolRows());
    layout->addWidget(tableFrame, 1);
    m_detail = new EmployeeDetailPanel(this);
    m_detail->setObjectName(QStringLiteral("employeeDetail"));
    layout->addWidget(m_detail);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &EmployeePage::applyFilter);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    // The clear button changes the text without an edit: apply that at once.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_searchDelay->stop();
            applyFilter();
        }
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilter();
    });
    connect(m_filters, &EmployeeFilterBar::changed, this, &EmployeePage::applyFilter);
    connect(m_table, &QTableView::activated, this, &EmployeePage::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EmployeePage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, m_detail, &EmployeeDetailPanel::clear);
    connect(m_model, &QAbstractItemModel::layoutChanged, m_detail, &EmployeeDetailPanel::clear);
    connect(m_model, &EmployeeTableModel::countsChanged, this,
            [this] { Q_EMIT summaryChanged(summary()); });

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &EmployeePage::focusSearch);
    auto *clear = new QShortcut(QKeySequence(Qt::Key_Escape), m_search);
    clear->setContext(Qt::WidgetShortcut);
    connect(clear, &QShortcut::activated, m_search, &QLineEdit::clear);
}

EmployeePage::~EmployeePage() = default;

void EmployeePage::setDatabase(Database *database)
{
    m_searchDelay->stop();
    m_model->setDatabase(database);
    m_filters->setUnits(database ? OrgRepository(*database).units() : QList<OrgUnit>());
    refreshPermissions();
    applyFilter();
}

void EmployeePage::refreshPermissions()
{
    Database *database = m_model->database();
    PermissionUi::gate(m_newAction, database, DataAction::EditEmployees);
    PermissionUi::gate(m_newButton, database, DataAction::EditEmployees);
}

// Row one: search, unit, active/departed and the filter toggle, then "New employee"; row two: the
// filter bar.
QLayout *EmployeePage::createToolRows()
{
    auto *first = new QHBoxLayout;
    first->setSpacing(8);
    first->addWidget(m_search, 3);
    first->addWidget(m_filters->unitSelector(), 2);
    first->addWidget(m_filters->presenceCombo());
    first->addWidget(m_filters->toggleButton());
    first->addStretch(1);
    first->addWidget(m_newButton);
    auto *rows = new QVBoxLayout;
    rows->setSpacing(8);
    rows->addLayout(first);
    rows->addWidget(m_filters);
    return rows;
}

void EmployeePage::openCurrent(const QModelIndex &index)
{
    if (index.isValid())
        openEmployee(m_model->employeeId(index.row()));
}

EmployeeDialog *EmployeePage::openEmployee(qint64 employeeId)
{
    return employeeId > 0 ? showDialog(employeeId) : nullptr;
}

EmployeeDialog *EmployeePage::newEmployee()
{
    return showDialog(0);
}

EmployeeDialog *EmployeePage::showDialog(qint64 employeeId)
{
    Database *database = m_model->database();
    if (!database)
        return nullptr;
    auto *dialog = new EmployeeDialog(*database, employeeId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->isLoaded()) {
        delete dialog;
        DialogSeams::information(this, tr("Employee not found"),
                                 tr("This employee is no longer in the database. The list is "
                                    "read again."));
        m_model->reload();
        return nullptr;
    }
    connect(dialog, &EmployeeDialog::saved, this, &EmployeePage::afterSave);
    dialog->open();
    return dialog;
}

// The list is read again; the saved employee stays selected when still at the same place.
void EmployeePage::afterSave(qint64 employeeId)
{
    const int row = m_table->currentIndex().row();
    m_model->reload();
    if (row >= 0 && row < m_model->rowCount() && m_model->employeeId(row) == employeeId)
        m_table->selectRow(row);
}

void EmployeePage::applyFilter()
{
    m_searchDelay->stop();
    EmployeeFilter filter;
    filter.text = m_search->text().trimmed();
    m_model->setFilter(m_filters->applyTo(filter));
    Q_EMIT summaryChanged(summary());
}

void EmployeePage::showDetail(const QModelIndex &current)
{
    const qint64 id = current.isValid() ? m_model->employeeId(current.row()) : 0;
    const auto employee = id > 0 && m_model->database()
                              ? EmployeeRepository(*m_model->database()).byId(id)
                              : std::nullopt;
    if (!employee) {
        m_detail->clear();
        return;
    }
    const auto text = [&](int column) {
        return m_model->index(current.row(), column).data().toString();
    };
    m_detail->showEmployee(*employee, text(EmployeeTableModel::JabatanColumn),
                           text(EmployeeTableModel::UnitColumn),
                           text(EmployeeTableModel::OpdColumn));
}

QString EmployeePage::summary() const
{
    if (!m_model->database())
        return {};
    const QLocale locale;
    const int total = m_model->totalCount();
    // The total counts the active employees: lists with departed ones say what they hold.
    const QString shown = locale.toString(m_model->rowCount());
    if (m_model->filter().presence == EmployeePresence::Departed)
        return tr("%1 employees who left the province").arg(shown);
    if (m_model->filter().presence == EmployeePresence::All)
        return tr("%1 employees, active and departed").arg(shown);
    if (m_model->isFiltered()) {
        return tr("%1 of %2 employees match")
            .arg(locale.toString(m_model->rowCount()), locale.toString(total));
    }
    if (total == 1)
        return tr("1 employee");
    return tr("%1 employees").arg(locale.toString(total));
}

void EmployeePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void EmployeePage::restoreHeader()
{
    const QByteArray state = m_settings.value(SettingKeys::EmployeeTableHeader);
    m_headerRestored = !state.isEmpty() && m_table->horizontalHeader()->restoreState(state);
    if (m_headerRestored) {
        const QHeaderView *header = m_table->horizontalHeader();
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

void EmployeePage::saveState()
{
    m_settings.setValue(SettingKeys::EmployeeTableHeader, m_table->horizontalHeader()->saveState());
}

void EmployeePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_headerRestored && !m_columnsSized) {
        m_columnsSized = true;
        // After the layouts have given the table its real width.
        QTimer::singleShot(0, this, &EmployeePage::sizeColumnsToFit);
    }
}

void EmployeePage::sizeColumnsToFit()
{
    // Short columns get the width of their widest typical content (or of their title); the name
    // and the three places share what is left, the name a little more. When even the smallest
    // share does not fit, the date of birth starts hidden: the header's menu shows it again.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics cellMetrics = m_table->fontMetrics();
    QFont headerFont = header->font();
    headerFont.setWeight(QFont::DemiBold);
    const QFontMetrics headerMetrics(headerFont);
    const auto columnWidth = [&](int column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        constexpr int cellPadding = 20;
        constexpr int headerPadding = 16 + 14; // padding, and room for the sort arrow
        return std::max(cellMetrics.horizontalAdvance(sample) + cellPadding,
                        headerMetrics.horizontalAdvance(title) + headerPadding);
    };
    const QString longDate = QLocale().toString(QDate(2000, 9, 28), QStringLiteral("d MMMM yyyy"));
    const std::pair<int, QString> fixedColumns[] = {
        {EmployeeTableModel::NipColumn, QStringLiteral("19850312 201001 1 003")},
        {EmployeeTableModel::GenderColumn, QStringLiteral("L")},
        {EmployeeTableModel::StatusColumn, QStringLiteral("CPNS")},
        {EmployeeTableModel::GolonganColumn, QStringLiteral("XVII")},
        {EmployeeTableModel::TmtJabatanColumn, longDate},
        {EmployeeTableModel::BirthDateColumn, longDate},
    };
    int fixedTotal = 0;
    int birthDateWidth = 0;
    for (const auto &[column, sample] : fixedColumns) {
        header->setSectionHidden(column, false);
        const int w = columnWidth(column, sample);
        header->resizeSection(column, w);
        fixedTotal += w;
        if (column == EmployeeTableModel::BirthDateColumn)
            birthDateWidth = w;
    }

    constexpr int MinName = 170;
    constexpr int MinPlace = 130;
    const int available = m_table->width() - 2 * m_table->frameWidth() -
                          m_table->verticalScrollBar()->sizeHint().width();
    if (fixedTotal + MinName + 3 * MinPlace > available) {
        fixedTotal -= birthDateWidth;
        header->setSectionHidden(EmployeeTableModel::BirthDateColumn, true);
    }
    const int rest = std::max(available - fixedTotal, MinName + 3 * MinPlace);
    const int name = std::max(MinName, rest * 13 / 43);
    const int place = std::max(MinPlace, (rest - name) / 3);
    header->resizeSection(EmployeeTableModel::NameColumn, name);
    header->resizeSection(EmployeeTableModel::JabatanColumn, place);
    header->resizeSection(EmployeeTableModel::UnitColumn, place);
    header->resizeSection(EmployeeTableModel::OpdColumn, place);
}

void EmployeePage::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < EmployeeTableModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // Rows must stay recognisable: the name cannot be hidden.
        action->setEnabled(column != EmployeeTableModel::NameColumn);
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset columns"), this, &EmployeePage::resetColumns);
    menu.exec(header->viewport()->mapToGlobal(position));
}

void EmployeePage::resetColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < EmployeeTableModel::ColumnCount; ++column)
        header->moveSection(header->visualIndex(column), column);
    sizeColumnsToFit();
}

} // namespace Simutasi
