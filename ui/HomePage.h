#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace Simutasi {

class Database;

// Beranda: which database is open and how big the register is (employees, OPDs, units,
// jabatan). Without a database it offers the three ways to get one.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(QWidget *parent = nullptr);

    void setDatabase(Database *database); // nullptr: nothing open
    void refresh();

Q_SIGNALS:
    void demoRequested();
    void newDatabaseRequested();
    void openDatabaseRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createStatTile(QLabel **valueLabel, const QString &caption);
    QWidget *createNoDatabasePanel();
    QWidget *createDatabasePanel();

    Database *m_database = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_fileName = nullptr;
    QLabel *m_filePath = nullptr;
    QLabel *m_employees = nullptr;
    QLabel *m_opds = nullptr;
    QLabel *m_units = nullptr;
    QLabel *m_jabatan = nullptr;
};

} // namespace Simutasi
