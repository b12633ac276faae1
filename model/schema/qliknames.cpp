// SPDX-License-Identifier: MIT
#include "schema/qliknames.h"

#include "qlikvocabulary.h"

#include <QHash>
#include <QSet>

namespace Qonduit {

namespace {

// The name a repeat gets: name_u0 for the second occurrence (repeat 0), name_u1 for the third.
QString repeatedName(const QString &name, int repeat)
{
    return name + Qlik::Tables::RenameInfix.toString() + QString::number(repeat);
}

// One counter per name: the first claim keeps it, later ones get _u0, _u1, ... A made name never
// takes one that the response itself uses somewhere (a field literally called id_u0), so that names
// stay unique; Qlik's behaviour there cannot be observed (ours).
class NameCounter
{
public:
    explicit NameCounter(QSet<QString> reserved)
        : m_reserved(std::move(reserved))
    {
    }

    QString claim(const QString &name)
    {
        if (!m_claimed.contains(name)) {
            m_claimed.insert(name);
            return name;
        }
        int &next = m_next[name];
        for (;;) {
            const QString candidate = repeatedName(name, next++);
            if (!m_claimed.contains(candidate) && !m_reserved.contains(candidate)) {
                m_claimed.insert(candidate);
                return candidate;
            }
        }
    }

private:
    QSet<QString> m_reserved;
    QSet<QString> m_claimed;
    QHash<QString, int> m_next;
};

} // namespace

void assignQlikNames(QList<SchemaTable> &tables)
{
    QSet<QString> tableSources;
    QSet<QString> fieldSources;
    for (const SchemaTable &table : std::as_const(tables)) {
        tableSources.insert(table.sourceName);
        for (const SchemaField &field : table.fields)
            fieldSources.insert(field.sourceName);
    }
    NameCounter tableNames(std::move(tableSources));
    for (int table : parentsFirst(tables))
        tables[table].name = tableNames.claim(tables[table].sourceName);
    NameCounter fieldNames(std::move(fieldSources));
    for (int table : childrenFirst(tables)) {
        for (SchemaField &field : tables[table].fields)
            field.name = fieldNames.claim(field.sourceName);
    }
}

} // namespace Qonduit
