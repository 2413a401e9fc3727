#pragma once

#include "domain/OrgUnit.h"

#include <QIcon>

namespace Simutasi {

// The small icons of the organisation tree, drawn in code like the navigation icons: a building
// for the province and OPDs, a dot for the units inside them (coloured by kind), and the amber
// badge of a remote unit (daerah terpencil).
namespace OrgIcons {

QIcon unitKind(OrgUnit::Kind kind, bool open);
QIcon remote();

} // namespace OrgIcons
} // namespace Simutasi
