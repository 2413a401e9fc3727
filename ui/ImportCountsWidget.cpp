#include "ImportCountsWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Simutasi {

ImportCountsWidget::ImportCountsWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_read = addTile(QStringLiteral("read"));
    m_insert = addTile(QStringLiteral("insert"));
    m_update = addTile(QStringLiteral("update"));
    m_unchanged = addTile(QStringLiteral("unchanged"));
    m_rejected = addTile(QStringLiteral("rejected"));
}

QLabel *ImportCountsWidget::addTile(const QString &name)
{
    auto *tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("importTile"));
    tile->setStyleSheet(QStringLiteral("QFrame#importTile { background: #ffffff; border: 1px "
                                       "solid #dde3ea; border-radius: 6px; }"));
    auto *value = new QLabel(tile);
    value->setObjectName(QStringLiteral("importCount_") + name);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setWeight(QFont::DemiBold);
    value->setFont(font);
    auto *caption = new QLabel(tile);
    caption->setStyleSheet(QStringLiteral("color: #5b6878;"));
    m_captions.append(caption);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(0);
    layout->addWidget(value);
    layout->addWidget(caption);
    static_cast<QHBoxLayout *>(this->layout())->addWidget(tile, 1);
    return value;
}

void ImportCountsWidget::showReport(const ImportReport &report, bool written)
{
    const QLocale locale;
    const QList<std::pair<QLabel *, int>> values = {{m_read, report.rowsRead},
                                                    {m_insert, report.inserted},
                                                    {m_update, report.updated},
                                                    {m_unchanged, report.unchanged},
                                                    {m_rejected, report.rejectedRows}};
    for (const auto &[label, value] : values)
        label->setText(locale.toString(value));
    const QStringList captions = {
        tr("rows read"),
        written ? tr("inserted") : tr("to insert"),
        written ? tr("updated") : tr("to update"),
        tr("unchanged"),
        written ? tr("rejected, left out") : tr("rejected"),
    };
    for (int i = 0; i < captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
    m_rejected->setStyleSheet(report.rejectedRows > 0 ? QStringLiteral("color: #b42318;")
                                                      : QString());
}

QString ImportCountsWidget::countText(const QString &tileName) const
{
    const auto *label = findChild<QLabel *>(QStringLiteral("importCount_") + tileName);
    return label ? label->text() : QString();
}

} // namespace Simutasi
