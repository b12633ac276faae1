// SPDX-License-Identifier: MIT
#include "schema/schemareport.h"

#include <QJsonArray>

namespace Qonduit {

namespace {

QString roleName(FieldRole role)
{
    switch (role) {
    case FieldRole::Key:
        return QStringLiteral("key");
    case FieldRole::ForeignKey:
        return QStringLiteral("foreign key");
    case FieldRole::Data:
        break;
    }
    return QStringLiteral("data");
}

} // namespace

QString schemaText(const Schema &schema)
{
    QString text;
    for (int index : schema.treeOrder()) {
        const SchemaTable &table = schema.tables[index];
        const QString parent = table.parent < 0 ? QStringLiteral("-") : schema.tables[table.parent].name;
        text += QStringLiteral("TABLE %1 rows=%2 parent=%3\n").arg(table.name).arg(table.rows).arg(parent);
        for (const SchemaField &field : table.fields) {
            text += QStringLiteral("  %1 %2 %3/%4\n")
                        .arg(field.name, fieldTypeName(field.type))
                        .arg(field.filled())
                        .arg(table.rows);
        }
    }
    return text;
}

QJsonObject schemaJson(const Schema &schema, int rows)
{
    QJsonArray tables;
    for (int index : schema.treeOrder()) {
        const SchemaTable &table = schema.tables[index];
        QJsonArray fields;
        for (const SchemaField &field : table.fields) {
            fields.append(QJsonObject {{QStringLiteral("name"), field.name},
                {QStringLiteral("source"), field.sourceName}, {QStringLiteral("role"), roleName(field.role)},
                {QStringLiteral("type"), fieldTypeName(field.type)},
                {QStringLiteral("filled"), field.filled()}, {QStringLiteral("nulls"), field.nulls},
                {QStringLiteral("samples"), QJsonArray::fromStringList(field.samples)}});
        }
        QJsonArray preview;
        for (qsizetype r = 0; r < table.previewRows.size() && r < rows; ++r) {
            QJsonArray row;
            for (const QVariant &value : table.previewRows[r])
                row.append(value.isValid() ? QJsonValue::fromVariant(value) : QJsonValue(QJsonValue::Null));
            preview.append(row);
        }
        tables.append(QJsonObject {{QStringLiteral("name"), table.name},
            {QStringLiteral("source"), table.sourceName}, {QStringLiteral("path"), table.path},
            {QStringLiteral("parent"),
                table.parent < 0 ? QJsonValue(QJsonValue::Null)
                                 : QJsonValue(schema.tables[table.parent].name)},
            {QStringLiteral("rows"), table.rows}, {QStringLiteral("fields"), fields},
            {QStringLiteral("firstRows"), preview}});
    }
    QJsonObject out {{QStringLiteral("format"), responseFormatName(schema.format)},
        {QStringLiteral("bytes"), schema.totalBytes}, {QStringLiteral("tables"), tables}};
    if (!schema.problem.isEmpty()) {
        out.insert(QStringLiteral("problem"),
            QJsonObject {{QStringLiteral("message"), schema.problem.message},
                {QStringLiteral("line"), schema.problem.line},
                {QStringLiteral("column"), schema.problem.column}});
    }
    if (!schema.warnings.isEmpty())
        out.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(schema.warnings));
    return out;
}

} // namespace Qonduit
