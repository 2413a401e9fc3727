#pragma once

#include <QHash>
#include <QString>

namespace Simutasi {

// Texts made from a few distinct keys (a golongan rank, a kind of transfer), made once per run
// of a report and shared by every row that has them. At 100,000 rows, building such a text
// again for each row, and translating it through tr() with the Indonesian catalogue
// installed, is a good part of a report's time.
template<typename Key>
class TextCache
{
public:
    template<typename Make>
    const QString &get(const Key &key, Make make)
    {
        auto found = m_texts.constFind(key);
        if (found == m_texts.constEnd())
            found = m_texts.insert(key, make());
        return found.value();
    }

private:
    QHash<Key, QString> m_texts;
};

} // namespace Simutasi
