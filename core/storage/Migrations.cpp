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

// Version 2: competency mapping and workforce analysis. The competency dictionary, assessed
// levels (one current level per employee and competency), assessments with potential,
// certifications, jabatan requirement profiles, ABK tasks, the periods that bar a transfer
// (study leave, service bond, pending processes), the administrator's changes to the
// eligibility rules (absent rows keep the defaults) and the shortlist of candidates per vacancy.
QStringList competencySchema()
{
    return {
        QStringLiteral(R"(CREATE TABLE competency (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('technical', 'managerial', 'socio_cultural')),
            description TEXT NOT NULL DEFAULT '',
            level_1 TEXT NOT NULL DEFAULT '',
            level_2 TEXT NOT NULL DEFAULT '',
            level_3 TEXT NOT NULL DEFAULT '',
            level_4 TEXT NOT NULL DEFAULT '',
            level_5 TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE employee_competency (
            employee_id INTEGER NOT NULL REFERENCES employee(id),
            competency_id INTEGER NOT NULL REFERENCES competency(id),
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
            assessed_on TEXT,
            source TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (employee_id, competency_id)))"),
        QStringLiteral("CREATE INDEX employee_competency_competency "
                       "ON employee_competency(competency_id, level)"),
        QStringLiteral(R"(CREATE TABLE assessment (
            id INTEGER PRIMARY KEY,
            employee_id INTEGER NOT NULL REFERENCES employee(id),
            kind TEXT NOT NULL CHECK (kind IN ('managerial', 'socio_cultural', 'potential')),
            assessed_on TEXT NOT NULL,
            score REAL,
            potential TEXT CHECK (potential IN ('low', 'medium', 'high')),
            source TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(
            "CREATE INDEX assessment_employee ON assessment(employee_id, kind, assessed_on)"),
        QStringLiteral(R"(CREATE TABLE certification (
            id INTEGER PRIMARY KEY,
            employee_id INTEGER NOT NULL REFERENCES employee(id),
            name TEXT NOT NULL,
            issuer TEXT NOT NULL DEFAULT '',
            issued_on TEXT,
            valid_until TEXT))"),
        QStringLiteral("CREATE INDEX certification_employee ON certification(employee_id)"),
        QStringLiteral(R"(CREATE TABLE jabatan_requirement (
            jabatan_id INTEGER NOT NULL REFERENCES jabatan(id),
            competency_id INTEGER NOT NULL REFERENCES competency(id),
            min_level INTEGER NOT NULL CHECK (min_level BETWEEN 1 AND 5),
            weight REAL NOT NULL DEFAULT 1 CHECK (weight > 0),
            PRIMARY KEY (jabatan_id, competency_id)))"),
        QStringLiteral(R"(CREATE TABLE abk_task (
            id INTEGER PRIMARY KEY,
            unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            jabatan_id INTEGER NOT NULL REFERENCES jabatan(id),
            name TEXT NOT NULL,
            output_unit TEXT NOT NULL DEFAULT '',
            yearly_volume REAL NOT NULL CHECK (yearly_volume >= 0),
            minutes_per_unit REAL NOT NULL CHECK (minutes_per_unit >= 0)))"),
        QStringLiteral("CREATE INDEX abk_task_post ON abk_task(unit_id, jabatan_id)"),
        QStringLiteral(R"(CREATE TABLE employee_flag (
            id INTEGER PRIMARY KEY,
            employee_id INTEGER NOT NULL REFERENCES employee(id),
            kind TEXT NOT NULL CHECK (kind IN ('tugas_belajar', 'ikatan_dinas',
                'disciplinary_process', 'court_process')),
            start_date TEXT NOT NULL,
            end_date TEXT,
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX employee_flag_employee ON employee_flag(employee_id)"),
        QStringLiteral(R"(CREATE TABLE eligibility_rule (
            code TEXT PRIMARY KEY,
            enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
            blocking INTEGER NOT NULL CHECK (blocking IN (0, 1)),
            threshold INTEGER NOT NULL DEFAULT 0,
            second_threshold INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE shortlist (
            id INTEGER PRIMARY KEY,
            jabatan_id INTEGER NOT NULL REFERENCES jabatan(id),
            unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            employee_id INTEGER NOT NULL REFERENCES employee(id),
            added_on TEXT NOT NULL,
            added_by TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (jabatan_id, unit_id, employee_id)))"),
        QStringLiteral("CREATE INDEX shortlist_employee ON shortlist(employee_id)"),
        // Ranking, talent grid and data quality read one SKP year for everybody at once.
        QStringLiteral("CREATE INDEX skp_rating_year ON skp_rating(year, employee_id, predicate)"),
    };
}

// Version 3: users and the transfer workflow. Users log in with an Argon2id hash and hold
// roles; a proposal (usulan) holds lines (one employee each, the post before captured at
// proposal time, the eligibility and job-person match recorded then) and moves through its
// states; every transition is an event row. Nothing here is ever deleted: withdrawn lines and
// cancelled proposals keep their rows. The decree is referenced by id, number and date without a
// foreign key, because the decree tables come with their own step.
QStringList workflowSchema()
{
    return {
        QStringLiteral(R"(CREATE TABLE app_user (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            full_name TEXT NOT NULL DEFAULT '',
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            failed_logins INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL,
            last_login_at TEXT))"),
        QStringLiteral(R"(CREATE TABLE user_role (
            user_id INTEGER NOT NULL REFERENCES app_user(id),
            role TEXT NOT NULL CHECK (role IN ('administrator', 'operator', 'verifikator',
                'tim_penilai', 'penandatangan', 'pimpinan')),
            PRIMARY KEY (user_id, role)))"),
        QStringLiteral(R"(CREATE TABLE proposal (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'verified', 'approved',
                'rejected', 'decree_issued', 'executed', 'closed', 'cancelled')),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            meeting_date TEXT,
            decision_notes TEXT NOT NULL DEFAULT '',
            decree_id INTEGER,
            decree_number TEXT NOT NULL DEFAULT '',
            decree_date TEXT,
            executed_on TEXT,
            cancel_reason TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX proposal_state ON proposal(state, created_at)"),
        QStringLiteral(R"(CREATE TABLE proposal_line (
            id INTEGER PRIMARY KEY,
            proposal_id INTEGER NOT NULL REFERENCES proposal(id),
            position INTEGER NOT NULL,
            employee_id INTEGER NOT NULL REFERENCES employee(id),
            kind TEXT NOT NULL CHECK (kind IN ('within_opd', 'between_opd', 'between_region',
                'incoming', 'outgoing')),
            from_unit_id INTEGER REFERENCES org_unit(id),
            from_jabatan_id INTEGER REFERENCES jabatan(id),
            from_unit_name TEXT NOT NULL DEFAULT '',
            from_jabatan_name TEXT NOT NULL DEFAULT '',
            from_tmt_jabatan TEXT,
            to_unit_id INTEGER REFERENCES org_unit(id),
            to_jabatan_id INTEGER REFERENCES jabatan(id),
            other_instansi TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            planned_tmt TEXT NOT NULL,
            self_requested INTEGER NOT NULL DEFAULT 0 CHECK (self_requested IN (0, 1)),
            standing TEXT NOT NULL CHECK (standing IN ('clean', 'warning')),
            findings TEXT NOT NULL DEFAULT '',
            justification TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL CHECK (source IN ('ranking', 'shortlist', 'manual')),
            jpm REAL,
            rank INTEGER,
            ranked_candidates INTEGER,
            decision TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'approved',
                'rejected', 'withdrawn')),
            decision_note TEXT NOT NULL DEFAULT '',
            history_id INTEGER REFERENCES jabatan_history(id)))"),
        QStringLiteral(
            "CREATE INDEX proposal_line_proposal ON proposal_line(proposal_id, position)"),
        QStringLiteral("CREATE INDEX proposal_line_employee ON proposal_line(employee_id)"),
        QStringLiteral(
            "CREATE INDEX proposal_line_target ON proposal_line(to_unit_id, to_jabatan_id)"),
        QStringLiteral(
            "CREATE INDEX proposal_line_source ON proposal_line(from_unit_id, from_jabatan_id)"),
        QStringLiteral(R"(CREATE TABLE proposal_event (
            id INTEGER PRIMARY KEY,
            proposal_id INTEGER NOT NULL REFERENCES proposal(id),
            at TEXT NOT NULL,
            user_name TEXT NOT NULL,
            action TEXT NOT NULL,
            from_state TEXT,
            to_state TEXT,
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX proposal_event_proposal ON proposal_event(proposal_id, id)"),
        QStringLiteral("CREATE INDEX audit_log_user ON audit_log(user_name, at)"),
    };
}

// Version 4: decrees and notifications. A decree keeps its number (drawn from a yearly counter
// in the same transaction that records it, so no number is reused or skipped), its signatory and
// its whole printed content as JSON, so a reprint is identical after the employees moved again.
// Each employee of a decree gets a notification row (e-mail or printed letter, when informed,
// the answer: acknowledged or keberatan, and the objection's resolution). E-mails wait in a
// queue with their delivery state and an idempotency key that is never sent twice.
QStringList decreeSchema()
{
    return {
        QStringLiteral(R"(CREATE TABLE decree (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            sequence INTEGER NOT NULL CHECK (sequence > 0),
            number TEXT NOT NULL UNIQUE,
            decree_date TEXT NOT NULL,
            place TEXT NOT NULL,
            signatory_capacity TEXT NOT NULL CHECK (signatory_capacity IN ('definitive', 'an',
                'plt')),
            signatory_name TEXT NOT NULL,
            signatory_jabatan TEXT NOT NULL DEFAULT '',
            signatory_nip TEXT NOT NULL DEFAULT '',
            signatory_pangkat TEXT NOT NULL DEFAULT '',
            proposal_id INTEGER REFERENCES proposal(id),
            content TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            issued_by TEXT NOT NULL,
            UNIQUE (year, sequence)))"),
        QStringLiteral("CREATE INDEX decree_proposal ON decree(proposal_id)"),
        QStringLiteral("CREATE INDEX decree_date ON decree(decree_date)"),
        QStringLiteral(R"(CREATE TABLE decree_counter (
            year INTEGER PRIMARY KEY,
            last_sequence INTEGER NOT NULL CHECK (last_sequence >= 0)))"),
        QStringLiteral(R"(CREATE TABLE email_queue (
            id INTEGER PRIMARY KEY,
            idempotency_key TEXT NOT NULL UNIQUE,
            recipient TEXT NOT NULL,
            recipient_name TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed',
                'retried')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            sent_at TEXT))"),
        QStringLiteral("CREATE INDEX email_queue_status ON email_queue(status, id)"),
        QStringLiteral(R"(CREATE TABLE email_attachment (
            email_id INTEGER NOT NULL REFERENCES email_queue(id),
            position INTEGER NOT NULL,
            file_name TEXT NOT NULL,
            mime_type TEXT NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (email_id, position)))"),
        QStringLiteral(R"(CREATE TABLE decree_notification (
            id INTEGER PRIMARY KEY,
            decree_id INTEGER NOT NULL REFERENCES decree(id),
            line_index INTEGER NOT NULL,
            employee_id INTEGER REFERENCES employee(id),
            proposal_line_id INTEGER REFERENCES proposal_line(id),
            channel TEXT NOT NULL CHECK (channel IN ('email', 'letter')),
            email_id INTEGER REFERENCES email_queue(id),
            informed_on TEXT,
            response TEXT NOT NULL DEFAULT 'none' CHECK (response IN ('none', 'acknowledged',
                'objected')),
            response_on TEXT,
            objection_reason TEXT NOT NULL DEFAULT '',
            resolution TEXT NOT NULL DEFAULT 'none' CHECK (resolution IN ('none', 'upheld',
                'rejected')),
            resolution_on TEXT,
            resolution_note TEXT NOT NULL DEFAULT '',
            UNIQUE (decree_id, line_index)))"),
        QStringLiteral(
            "CREATE INDEX decree_notification_employee ON decree_notification(employee_id)"),
        QStringLiteral("CREATE INDEX decree_notification_email ON decree_notification(email_id)"),
    };
}

// Version 5: employees who left the province. Nothing is deleted: history, decrees and the audit
// trail keep referring to the row, which records when (TMT), why ('pindah_keluar' today;
// retirement, death and dismissal have their codes for later), where to and by which SK. A departed
// employee holds no post (the triggers refuse one), so every count per post (bezetting, unit sizes)
// leaves them out as it is; the lists of "all active employees" filter on left_on IS NULL. Two
// partial indexes by name answer the employee list at 100,000 employees without statistics: the
// count and default order of the active ones, and the few departed ones at once.
QStringList departureSchema()
{
    const QString noPost = QStringLiteral(
        "WHEN NEW.left_on IS NOT NULL AND (NEW.unit_id IS NOT NULL OR NEW.jabatan_id IS NOT NULL) "
        "BEGIN SELECT RAISE(ABORT, 'an employee who left the province holds no post'); END");
    return {
        QStringLiteral("ALTER TABLE employee ADD COLUMN left_on TEXT"),
        QStringLiteral("ALTER TABLE employee ADD COLUMN left_reason TEXT CHECK (left_reason IN "
                       "('pindah_keluar', 'pensiun', 'meninggal', 'berhenti'))"),
        QStringLiteral("ALTER TABLE employee ADD COLUMN left_to TEXT"),
        QStringLiteral("ALTER TABLE employee ADD COLUMN left_decree TEXT"),
        QStringLiteral("CREATE INDEX employee_departed ON employee(name COLLATE NOCASE) WHERE "
                       "left_on IS NOT NULL"),
        QStringLiteral("CREATE INDEX employee_active_name ON employee(name COLLATE NOCASE) WHERE "
                       "left_on IS NULL"),
        QStringLiteral("CREATE TRIGGER employee_departed_insert BEFORE INSERT ON employee ") +
            noPost,
        QStringLiteral("CREATE TRIGGER employee_departed_update BEFORE UPDATE OF unit_id, "
                       "jabatan_id, left_on ON employee ") +
            noPost,
    };
}

} // namespace

const QList<Step> &steps()
{
    static const QList<Step> all = {
        {1, "registry", registrySchema()},   {2, "competency", competencySchema()},
        {3, "workflow", workflowSchema()},   {4, "decree", decreeSchema()},
        {5, "departure", departureSchema()},
    };
    return all;
}

int latestVersion()
{
    return steps().constLast().version;
}

} // namespace Simutasi::Migrations
