#pragma once

#include "domain/JabatanType.h"
#include "domain/OrgUnit.h"

#include <QString>
#include <optional>

namespace Simutasi::NameGuess {

// What a unit or jabatan an import has to create probably is, read from its name. The officer
// sees the guess in the preview and can correct the record afterwards; the rules follow the
// usual Indonesian naming ("Kepala Seksi ..." is a Pengawas post, "Guru Ahli Muda" a JF Ahli
// Muda), and whatever matches no rule is the most common case.

// "Analis Kebijakan Ahli Muda" -> AhliMuda, "Kepala Bidang ..." -> Administrator,
// "Kepala Seksi ..." -> Pengawas, "Kepala Dinas ..." -> JptPratama; else Pelaksana.
JabatanType jabatanType(const QString &jabatanName);

// A "Jenis Jabatan" cell: a type's code or name ("ahli_muda", "Fungsional Ahli Muda",
// "JPT Pratama", "Pengawas"); nullopt when it names none.
std::optional<JabatanType> parseJabatanType(const QString &text);

// "SMA Negeri 1 ..." -> Sekolah, "Puskesmas ..." -> Puskesmas, "Bidang ..." -> Bidang, ...;
// an unrecognised name is an OPD at the top and a Bidang inside an OPD.
OrgUnit::Kind unitKind(const QString &unitName, bool insideOpd);

// A "Jenis" cell of a unit file: a kind's code or Indonesian name; nullopt when it names none.
std::optional<OrgUnit::Kind> parseUnitKind(const QString &text);

} // namespace Simutasi::NameGuess
