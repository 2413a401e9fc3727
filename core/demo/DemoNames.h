#pragma once

#include "domain/JabatanType.h"
#include "domain/Nip.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Simutasi {

class DemoRandom;

// Indonesian personal names, birth places and academic titles for the demo employees. The name
// tables (Javanese, Sundanese, Batak, Minang, Bugis, Banjar/Malay, Balinese, Manado/Ambon) are
// turned into QStrings once, so that building 100,000 names copies nothing but references.
class DemoNames
{
public:
    struct Titles
    {
        QString front; // "dr.", "Drs.", "Dr. Ir."
        QString back;  // "S.Pd., M.Pd."
    };

    DemoNames();

    // A name for someone of this gender born in birthYear; *group receives the name group so that
    // the birth place can match it.
    QString name(DemoRandom &random, Gender gender, int birthYear, int *group) const;
    QString birthPlace(DemoRandom &random, int group) const;
    Titles titles(DemoRandom &random, EducationLevel level, const QString &field, Gender gender,
                  int birthYear) const;

private:
    struct Group
    {
        int weight;
        QStringList given[2];  // male, female
        QStringList second[2]; // second names, or the family names (marga) shared by both
        int secondPermille;
        bool modern; // takes the modern pan-Indonesian names among the young
        QStringList birthPlaces;
    };
    struct TitleRule
    {
        QString keyword;
        QString front;
        QString s1;
        QString s2;
        QString d3;
        QString oldFront; // "Drs." or "Ir.", the titles of graduates before 1993
    };

    const TitleRule &titleRule(const QString &field) const;

    QList<Group> m_groups;
    QList<int> m_groupWeights;
    QStringList m_modern[2];
    QStringList m_localPlaces;
    QList<TitleRule> m_titleRules;
    QStringList m_specialists;
};

} // namespace Simutasi
