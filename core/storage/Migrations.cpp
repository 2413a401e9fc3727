#include "Migrations.h"

namespace Simutasi::Migrations {

namespace {

// Version 1: the registry (regions, organisation tree, jabatan catalogue, formasi, employees
// and their histories), database-wide settings and the audit log. Dates are ISO-8601 text and
// golongan its rank 1..17, which keeps the SQL portable to PostgreSQL.
QStringList registrySchema()
{
    return {
        QStringLiteral(R"(CREATE TABLE region (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('kabupaten', 'kota')),
            name TEXT NOT NULL,
            UNIQUE (kind, name)))"),
        QStringLiteral(R"(CREATE TABLE org_unit (
            id INTEGER PRIMARY KEY,
            parent_id INTEGER REFERENCES org_unit(id),
            opd_id INTEGER REFERENCES org_unit(id),
            path TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,
            code TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL,
            region_id INTEGER REFERENCES region(id),
            remote INTEGER NOT NULL DEFAULT 0 CHECK (remote IN (0, 1)),
            closed_on TEXT))"),
        QStringLiteral("CREATE INDEX org_unit_parent ON org_unit(parent_id)"),
        QStringLiteral("CREATE INDEX org_unit_opd ON org_unit(opd_id)"),
        QStringLiteral("CREATE INDEX org_unit_path ON org_unit(path)"),
        QStringLiteral(R"(CREATE TABLE jabatan (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            gol_min INTEGER NOT NULL CHECK (gol_min BETWEEN 1 AND 17),
            gol_max INTEGER NOT NULL CHECK (gol_max BETWEEN 1 AND 17),
            min_education TEXT NOT NULL DEFAULT '',
            education_fields TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE formasi (
            unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            jabatan_id INTEGER NOT NULL REFERENCES jabatan(id),
            required INTEGER NOT NULL CHECK (required >= 0),
            PRIMARY KEY (unit_id, jabatan_id)))"),
        QStringLiteral("CREATE INDEX formasi_jabatan ON formasi(jabatan_id)"),
        QStringLiteral(R"(CREATE TABLE employee (
            id INTEGER PRIMARY KEY,
            nip TEXT NOT NULL UNIQUE,
            front_title TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL,
            back_title TEXT NOT NULL DEFAULT '',
            gender TEXT NOT NULL CHECK (gender IN ('L', 'P')),
            birth_place TEXT NOT NULL DEFAULT '',
            birth_date TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('PNS', 'CPNS', 'PPPK')),
            golongan INTEGER CHECK (golongan BETWEEN 1 AND 17),
            pppk_grade INTEGER CHECK (pppk_grade BETWEEN 1 AND 17),
            tmt_golongan TEXT,
            jabatan_id INTEGER REFERENCES jabatan(id),
            unit_id INTEGER REFERENCES org_unit(id),
            tmt_jabatan TEXT,
            education_level TEXT NOT NULL DEFAULT '',
            education_field TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            search_key TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX employee_unit ON employee(unit_id, jabatan_id)"),
        QStringLiteral("CREATE INDEX employee_jabatan ON employee(jabatan_id)"),
        QStringLiteral("CREATE INDEX employee_name ON employee(name COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX employee_golongan ON employee(golongan, tmt_golongan)"),
        QStringLiteral("CREATE INDEX employee_birth ON employee(birth_date)"),
        QStringLiteral(R"(CREATE TABLE jabatan_history (
            id INTEGER PRIMARY KEY,
            employee_id INTEGER NOT NULL REFERENCES employee(id),
            jabatan_id INTEGER REFERENCES jabatan(id),
            unit_id INTEGER REFERENCES org_unit(id),
            jabatan_name TEXT NOT NULL DEFAULT '',
            unit_name TEXT NOT NULL DEFAULT '',
            tmt TEXT NOT NULL,
            sk_number TEXT NOT NULL DEFAULT '',
            sk_date TEXT))"),
        QStringLiteral(
            "CREATE INDEX jabatan_history_employee ON jabatan_history(employee_id, tmt)"),
        QStringLiteral(R"(CREATE TABLE pangkat_history (
            id INTEGER PRIMARY KEY,
            employee_id INTEGER NOT NULL REFERENCES employee(id),
            golongan INTEGER NOT NULL CHECK (golongan BETWEEN 1 AND 17),
            tmt TEXT NOT NULL,
            sk_number TEXT NOT NULL DEFAULT '',
            sk_date TEXT))"),
        QStringLiteral(
            "CREATE INDEX pangkat_history_employee ON pangkat_history(employee_id, tmt)"),
        QStringLiteral(R"(CREATE TABLE skp_rating (
            id INTEGER PRIMARY KEY,
            employee_id INTEGER NOT NULL REFERENCES employee(id),
            year INTEGER NOT NULL,
            predicate INTEGER NOT NULL CHECK (predicate BETWEEN 1 AND 5),
            UNIQUE (employee_id, year)))"),
        QStringLiteral(R"(CREATE TABLE diklat (
            id INTEGER PRIMARY KEY,
            employee_id INTEGER NOT NULL REFERENCES employee(id),
            name TEXT NOT NULL,
            organizer TEXT NOT NULL DEFAULT '',
            start_date TEXT,
            end_date TEXT,
            hours INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX diklat_employee ON diklat(employee_id)"),
        QStringLiteral(R"(CREATE TABLE sanction (
            id INTEGER PRIMARY KEY,
            employee_id INTEGER NOT NULL REFERENCES employee(id),
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
            description TEXT NOT NULL DEFAULT '',
            start_date TEXT NOT NULL,
            end_date TEXT,
            sk_number TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX sanction_employee ON sanction(employee_id)"),
        QStringLiteral(R"(CREATE TABLE app_setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_name TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER,
            field TEXT NOT NULL DEFAULT '',
            old_value TEXT,
            new_value TEXT,
            prev_hash TEXT NOT NULL DEFAULT '',
            hash TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)"),
    };
}

} // namespace

const QList<Step> &steps()
{
    static const QList<Step> all = {
        {1, "registry", registrySchema()},
    };
    return all;
}

int latestVersion()
{
    return steps().constLast().version;
}

} // namespace Simutasi::Migrations
