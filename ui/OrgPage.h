#pragma once

#include "domain/Jabatan.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QTabWidget;

namespace Simutasi {

class Database;
class JabatanCatalogueView;
class OrgEditor;
class OrgUnitsView;

// Organisasi & Jabatan: the organisation tree of the province with each unit's formasi against
// its bezetting, and the jabatan catalogue. Every change is made through OrgEditor, so it is
// stored with its audit entries in one transaction.
class OrgPage : public QWidget
{
    Q_OBJECT
public:
    explicit OrgPage(QWidget *parent = nullptr);
    ~OrgPage() override;

    void setDatabase(Database *database); // nullptr: nothing open
    // Reads everything again, e.g. after an import changed units, jabatan or formasi.
    void reload();
    // After a log-in or switch of user: changes only for a user who may change the organisation.
    void refreshPermissions();

    OrgUnitsView *unitsView() const { return m_units; }
    JabatanCatalogueView *catalogueView() const { return m_catalogue; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void loadCatalogue();

    Database *m_database = nullptr;
    std::unique_ptr<OrgEditor> m_editor;
    QHash<qint64, Jabatan> m_jabatanById;
    QTabWidget *m_tabs = nullptr;
    OrgUnitsView *m_units = nullptr;
    JabatanCatalogueView *m_catalogue = nullptr;
};

} // namespace Simutasi
