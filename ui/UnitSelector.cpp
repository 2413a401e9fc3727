#include "UnitSelector.h"

#include "OrgTreeFilter.h"
#include "OrgTreeModel.h"

#include <QApplication>
#include <QFrame>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTreeView>
#include <QVBoxLayout>

namespace Simutasi {

namespace {

constexpr int PopupMinWidth = 440;
constexpr int PopupHeight = 440;

} // namespace

UnitSelector::UnitSelector(QWidget *parent)
    : QComboBox(parent)
    , m_model(new OrgTreeModel(this))
    , m_filter(new OrgTreeFilter(this))
{
    m_filter->setSourceModel(m_model);
    m_placeholder = tr("No unit");
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    addItem(QString());
    updateText();
}

UnitSelector::~UnitSelector() = default;

void UnitSelector::setUnits(const QList<OrgUnit> &unitsInTreeOrder)
{
    m_model->load(unitsInTreeOrder, {}, {});
    if (m_unitId > 0 && !m_model->unit(m_unitId))
        m_unitId = 0;
    updateText();
}

void UnitSelector::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    if (m_none)
        m_none->setText(text);
    updateText();
}

void UnitSelector::setShowClosed(bool show)
{
    m_filter->setShowClosed(show);
}

void UnitSelector::setUnitId(qint64 unitId)
{
    m_unitId = m_model->unit(unitId) ? unitId : 0;
    updateText();
}

QString UnitSelector::unitName() const
{
    const OrgUnit *unit = m_model->unit(m_unitId);
    return unit ? unit->name : QString();
}

QString UnitSelector::unitPath(qint64 unitId) const
{
    QStringList names;
    for (const OrgUnit *unit = m_model->unit(unitId); unit && unit->kind != OrgUnit::Kind::Province;
         unit = m_model->unit(unit->parentId))
        names.prepend(unit->name);
    return names.join(QStringLiteral(" › "));
}

void UnitSelector::updateText()
{
    const OrgUnit *unit = m_model->unit(m_unitId);
    setItemText(0, unit ? unit->name : m_placeholder);
    setItemIcon(0, unit ? m_model->indexOf(m_unitId).data(Qt::DecorationRole).value<QIcon>()
                        : QIcon());
    setToolTip(unit ? unitPath(m_unitId) : QString());
}

void UnitSelector::createPopup()
{
    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setObjectName(QStringLiteral("unitSelectorPopup"));
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_search = new QLineEdit(m_popup);
    m_search->setPlaceholderText(tr("Find a unit by name or code"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_none = new QPushButton(m_placeholder, m_popup);
    m_none->setFlat(true);
    m_none->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 6px;"));
    m_tree = new QTreeView(m_popup);
    m_tree->setObjectName(QStringLiteral("unitSelectorTree"));
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setDragEnabled(false);
    for (int column = 1; column < OrgTreeModel::ColumnCount; ++column)
        m_tree->setColumnHidden(column, true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->installEventFilter(this);

    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_none);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, this, &UnitSelector::filterTree);
    connect(m_none, &QPushButton::clicked, this, [this] { choose(0); });
    connect(m_tree, &QTreeView::clicked, this, &UnitSelector::chooseCurrent);
    connect(m_tree, &QTreeView::activated, this, &UnitSelector::chooseCurrent);
}

void UnitSelector::filterTree(const QString &text)
{
    m_filter->setText(text);
    if (text.trimmed().isEmpty()) {
        m_tree->collapseAll();
        m_tree->expandToDepth(0);
    } else {
        m_tree->expandAll();
    }
    // The first match is ready for Enter.
    QModelIndex first = m_filter->index(0, 0);
    while (!text.trimmed().isEmpty() && first.isValid() &&
           !first.data(OrgTreeModel::SearchTextRole)
                .toString()
                .contains(text.trimmed(), Qt::CaseInsensitive))
        first = m_tree->indexBelow(first);
    if (first.isValid())
        m_tree->setCurrentIndex(first);
}

void UnitSelector::showPopup()
{
    if (!m_popup)
        createPopup();
    m_search->clear();
    filterTree({});
    const QModelIndex current = m_filter->mapFromSource(m_model->indexOf(m_unitId));
    if (current.isValid()) {
        m_tree->setCurrentIndex(current);
        m_tree->scrollTo(current, QAbstractItemView::PositionAtCenter);
    }
    const QRect screen = this->screen()->availableGeometry();
    const int width = std::max(this->width(), PopupMinWidth);
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (at.y() + PopupHeight > screen.bottom())
        at.setY(std::max(screen.top(), mapToGlobal(QPoint(0, 0)).y() - PopupHeight));
    at.setX(std::clamp(at.x(), screen.left(), std::max(screen.left(), screen.right() - width)));
    m_popup->setGeometry(QRect(at, QSize(width, PopupHeight)));
    m_popup->show();
    m_search->setFocus(Qt::PopupFocusReason);
}

void UnitSelector::hidePopup()
{
    if (m_popup)
        m_popup->hide();
    QComboBox::hidePopup();
}

void UnitSelector::choose(qint64 unitId)
{
    hidePopup();
    if (unitId == m_unitId)
        return;
    setUnitId(unitId);
    Q_EMIT unitChosen(m_unitId);
}

void UnitSelector::chooseCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        choose(current.data(OrgTreeModel::UnitIdRole).toLongLong());
}

bool UnitSelector::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QComboBox::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_search && enter) {
        chooseCurrent();
        return true;
    }
    // Up and down in the search field walk the tree, so the keyboard never has to leave it.
    if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
        QApplication::sendEvent(m_tree, event);
        return true;
    }
    if (watched == m_tree && enter) {
        chooseCurrent();
        return true;
    }
    return QComboBox::eventFilter(watched, event);
}

} // namespace Simutasi
