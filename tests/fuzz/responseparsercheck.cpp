// SPDX-License-Identifier: MIT
#include "responseparsercheck.h"

#include "schema/schemapass.h"

#include <QSet>

#include <vector>

using namespace Qonduit;

namespace {

QString checkSchema(const Schema &schema)
{
    // Table names and field names are separate namespaces (docs/qlik-formats.md 2.1); each is unique.
    QSet<QString> tableNames;
    QSet<QString> fieldNames;
    const auto claimIn = [](QSet<QString> &names, const QString &name) {
        return !names.contains(name) && (names.insert(name), true);
    };
    const auto claim = [&](const QString &name) { return claimIn(tableNames, name); };
    const auto claimField = [&](const QString &name) { return claimIn(fieldNames, name); };
    for (int t = 0; t < schema.tables.size(); ++t) {
        const SchemaTable &table = schema.tables[t];
        if (!claim(table.name))
            return QStringLiteral("the table name %1 is used twice").arg(table.name);
        if (table.parent >= t || (t > 0 && table.parent < 0 && table.name != u"__response_header"))
            return QStringLiteral("table %1 has parent %2").arg(table.name).arg(table.parent);
        for (const SchemaField &field : table.fields) {
            if (field.role == FieldRole::Data && !claimField(field.name))
                return QStringLiteral("the field name %1 (table %2) is used twice")
                    .arg(field.name, table.name);
            if (field.filled() < 0 || field.present > table.rows)
                return QStringLiteral("field %1.%2 counts %3 of %4 rows")
                    .arg(table.name, field.name)
                    .arg(field.present)
                    .arg(table.rows);
        }
        if (table.previewRows.size() > table.rows)
            return QStringLiteral("table %1 keeps more rows than it has").arg(table.name);
        for (const QVariantList &row : table.previewRows) {
            if (row.size() != table.fields.size())
                return QStringLiteral("a row of %1 has %2 values for %3 fields")
                    .arg(table.name)
                    .arg(row.size())
                    .arg(table.fields.size());
        }
        if (table.children.isEmpty() != (table.keyField() < 0))
            return QStringLiteral("table %1 has children but no key, or a key without children")
                .arg(table.name);
    }
    if (schema.treeOrder().size() != schema.tables.size())
        return QStringLiteral("the tree order misses tables");
    return {};
}

} // namespace

QString checkResponseParsers(const QByteArray &input)
{
    for (const ResponseFormat format :
        {ResponseFormat::Json, ResponseFormat::Xml, ResponseFormat::Csv, ResponseFormat::Auto}) {
        for (const bool endsWithNul : {true, false}) {
            // Without the NUL, the bytes live in a buffer of exactly their size: AddressSanitizer sees any
            // read past the end.
            std::vector<char> exact(input.constData(), input.constData() + input.size());
            const std::string_view text = endsWithNul
                ? std::string_view(input.constData(), std::size_t(input.size()))
                : std::string_view(exact.data(), exact.size());
            SchemaOptions options;
            options.format = format;
            options.previewRows = 3;
            options.keys = endsWithNul ? KeyGenerationStrategy::FullyQualifiedRecord
                                       : KeyGenerationStrategy::CurrentRecord;
            SchemaBuilder builder(options.builderOptions());
            const BodyParse parse = parseBody(builder, text, {}, options, nullptr, endsWithNul);
            const Schema schema = finishedSchema(builder, parse, qint64(text.size()));
            if (const QString problem = checkSchema(schema); !problem.isEmpty())
                return responseFormatName(format) + QStringLiteral(": ") + problem;
        }
    }
    return {};
}
