#include "HomePage.h"

#include "PageHeader.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrgRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Simutasi {

HomePage::HomePage(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createNoDatabasePanel());
    m_stack->addWidget(createDatabasePanel());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(20);
    layout->addWidget(new PageHeader(
        tr("Home"), tr("Sistem Informasi Mutasi ASN of BKD Provinsi Wanggar"), this));
    layout->addWidget(m_stack);
    layout->addStretch();
    setDatabase(nullptr);
}

QWidget *HomePage::createStatTile(QLabel **valueLabel, const QString &caption)
{
    auto *tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("statTile"));
    tile->setMinimumWidth(170);
    *valueLabel = new QLabel(tile);
    (*valueLabel)->setObjectName(QStringLiteral("statValue"));
    QFont valueFont = (*valueLabel)->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setWeight(QFont::DemiBold);
    (*valueLabel)->setFont(valueFont);
    auto *captionLabel = new QLabel(caption, tile);
    captionLabel->setObjectName(QStringLiteral("statCaption"));

    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(2);
    layout->addWidget(*valueLabel);
    layout->addWidget(captionLabel);
    return tile;
}

QWidget *HomePage::createDatabasePanel()
{
    auto *panel = new QWidget(this);

    auto *card = new QFrame(panel);
    card->setObjectName(QStringLiteral("card"));
    auto *caption = new QLabel(tr("Open database"), card);
    caption->setObjectName(QStringLiteral("cardCaption"));
    m_fileName = new QLabel(card);
    m_fileName->setObjectName(QStringLiteral("homeDatabaseName"));
    QFont nameFont = m_fileName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setWeight(QFont::DemiBold);
    m_fileName->setFont(nameFont);
    m_filePath = new QLabel(card);
    m_filePath->setObjectName(QStringLiteral("homeDatabasePath"));
    m_filePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filePath->setWordWrap(true);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(18, 14, 18, 14);
    cardLayout->setSpacing(4);
    cardLayout->addWidget(caption);
    cardLayout->addWidget(m_fileName);
    cardLayout->addWidget(m_filePath);

    auto *tiles = new QGridLayout;
    tiles->setSpacing(16);
    tiles->addWidget(createStatTile(&m_employees, tr("employees")), 0, 0);
    tiles->addWidget(createStatTile(&m_opds, tr("OPDs")), 0, 1);
    tiles->addWidget(createStatTile(&m_units, tr("organisation units")), 0, 2);
    tiles->addWidget(createStatTile(&m_jabatan, tr("jabatan in the catalogue")), 0, 3);
    tiles->setColumnStretch(4, 1);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(card);
    layout->addLayout(tiles);
    layout->addStretch();
    return panel;
}

QWidget *HomePage::createNoDatabasePanel()
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto *title = new QLabel(tr("No database is open"), card);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto *text = new QLabel(tr("Simutasi keeps the register of civil servants in a database file. "
                               "Try Simutasi with a demo province, start a new register, or open "
                               "the file your office already uses."),
                            card);
    text->setWordWrap(true);

    auto *demo = new QPushButton(tr("Try with demo data"), card);
    auto *create = new QPushButton(tr("Create a new empty database…"), card);
    auto *open = new QPushButton(tr("Open an existing database…"), card);
    demo->setDefault(true);
    connect(demo, &QPushButton::clicked, this, &HomePage::demoRequested);
    connect(create, &QPushButton::clicked, this, &HomePage::newDatabaseRequested);
    connect(open, &QPushButton::clicked, this, &HomePage::openDatabaseRequested);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(demo);
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(8);
    layout->addLayout(buttons);

    // The card keeps its natural height when the stack is taller than it.
    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(card);
    panelLayout->addStretch();
    return panel;
}

void HomePage::setDatabase(Database *database)
{
    m_database = database;
    refresh();
}

void HomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // the counts may have changed on another page
}

void HomePage::refresh()
{
    m_stack->setCurrentIndex(m_database ? 1 : 0);
    if (!m_database)
        return;
    const QFileInfo file(m_database->path());
    m_fileName->setText(file.fileName());
    m_filePath->setText(QDir::toNativeSeparators(file.absoluteFilePath()));

    const QLocale locale;
    const OrgRepository org(*m_database);
    m_employees->setText(locale.toString(EmployeeRepository(*m_database).count()));
    m_opds->setText(locale.toString(org.opdCount()));
    m_units->setText(locale.toString(org.unitCount()));
    m_jabatan->setText(locale.toString(org.jabatanCount()));
}

} // namespace Simutasi
