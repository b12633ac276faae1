// SPDX-License-Identifier: MIT
#include "script/scriptwriter.h"

#include "connectionstring.h"
#include "qlikvocabulary.h"
#include "requestplan.h"
#include "schema/schemabuilder.h"
#include "script/secretheaders.h"
#include "token/tokenrequest.h"
#include "variables.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Qonduit {

namespace {

// A text inside a LET's single quotes: each ' doubled.
QString quotedForLet(QString text)
{
    return text.replace(u'\'', QStringLiteral("''"));
}

// The empty LET that stands for a secret the script does not write, with the line that says so.
QString secretStub(const QString &variable)
{
    return QStringLiteral("// Set %1 before the load; Qonduit does not write secrets into scripts.\n"
                          "LET %1 = '';\n")
        .arg(variable);
}

const QString MasterTable = QStringLiteral("RestConnectorMasterTable");

QString sqlName(QString name)
{
    return u'"' + name.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString loadName(QString name)
{
    return u'[' + name.replace(u']', QStringLiteral("]]")) + u']';
}

// A Qlik script string in double quotes: a quote inside is doubled, $(variables) pass through.
QString qlikString(QString text)
{
    return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString tabs(int count)
{
    return QString(count, u'\t');
}

// A one-character literal of the CSV clause: a quote is """", a tab "\t" [ours].
QString csvCharacter(char c)
{
    if (c == 0)
        return QStringLiteral("\"\"");
    if (c == '\t')
        return QStringLiteral("\"\\t\"");
    return qlikString(QString(QChar(char16_t(static_cast<unsigned char>(c)))));
}

// One line for the BODY clause: compact JSON where it parses, else the lines joined by spaces.
QString oneLineBody(const QString &body)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && !json.isNull())
        return QString::fromUtf8(json.toJson(QJsonDocument::Compact));
    QString line = body;
    line.replace(QStringLiteral("\r\n"), QStringLiteral(" ")).replace(u'\n', u' ').replace(u'\r', u' ');
    return line;
}

class Writer
{
public:
    Writer(const ConnectionSettings &settings, const Schema &schema, const Selection &selection,
        const ScriptOptions &options)
        : m_settings(settings)
        , m_schema(schema)
        , m_selection(selection)
        , m_options(options)
    {
        // A table is in the SELECT when it is ticked or holds a ticked table: the sub-selects nest.
        const QList<int> order = schema.treeOrder();
        for (auto it = order.crbegin(); it != order.crend(); ++it) {
            const SchemaTable &table = schema.tables[*it];
            if (!isInScript(*it))
                continue;
            bool included = selection.isTableSelected(table);
            for (int child : table.children)
                included = included || m_included.contains(child);
            if (included)
                m_included.insert(*it);
        }
        for (int table : order) {
            if (m_included.contains(table))
                m_order.append(table);
        }
    }

    QString write()
    {
        // The variables come first: the CONNECT line and WITH CONNECTION use them.
        const QString secrets = variableLets() + secretStubs();
        QString out = (secrets.isEmpty() ? QString() : secrets + u'\n') + connectLine() + u'\n';
        if (m_order.isEmpty() || !m_included.contains(0))
            return out + QStringLiteral("\n// Nothing is selected to load.\n");
        out += u'\n';
        const bool loop = m_options.loop != ScriptOptions::Loop::None;
        if (loop)
            out += loopStart();
        out += masterSelect();
        if (loop)
            out += loopEnd();
        out += u'\n';
        // Children before their parent, in SELECT order, root last; two empty lines between blocks.
        QStringList loads;
        for (int table : loadOrder()) {
            if (m_selection.isTableSelected(m_schema.tables[table]))
                loads.append(loadBlock(table));
        }
        out += loads.join(QStringLiteral("\n\n"));
        out += QStringLiteral("\n\nDROP TABLE ") + MasterTable + QStringLiteral(";\n");
        return out;
    }

    // The token's SELECT: its connection (CUSTOM CONNECT or the published one) already holds the
    // request, so no WITH CONNECTION repeats it.
    void keepRequestInConnection() { m_requestInConnection = true; }

    // The SQL SELECT of the ticked tables into the master table, sub-selects nested.
    QString masterSelect() const
    {
        return MasterTable + QStringLiteral(":\nSQL SELECT \n") + items(0, 1) + u'\n' + topFrom();
    }

    // The connection's own variables [ours], those it uses, with their test values; a secret one as
    // an empty stub to fill in, unless secrets are to be written.
    QString variableLets() const
    {
        const QList<Variables::Use> uses = Variables::usesIn(m_settings);
        QString out;
        for (const Variable &variable : m_settings.variables) {
            if (!Variables::isUsed(uses, variable.name))
                continue;
            if (variable.secret && !m_options.includeSecrets)
                out += secretStub(variable.name);
            else
                out += QStringLiteral("LET %1 = '%2';\n")
                           .arg(variable.name, quotedForLet(variable.testValue));
        }
        return out;
    }

private:
    bool isInScript(int table) const
    {
        // The response-header table is not part of the response's tree.
        int top = table;
        while (m_schema.tables[top].parent >= 0)
            top = m_schema.tables[top].parent;
        return top == 0;
    }

    // The tables of the SELECT, each one's children (in SELECT order) before it: Qlik's LOAD order.
    QList<int> loadOrder() const
    {
        QList<int> order;
        QList<std::pair<int, qsizetype>> stack {{0, 0}};
        while (!stack.isEmpty()) {
            const QList<int> children = includedChildren(stack.last().first);
            if (stack.last().second < children.size()) {
                stack.append({children[stack.last().second++], 0});
            } else {
                order.append(stack.last().first);
                stack.removeLast();
            }
        }
        return order;
    }

    // A table with child tables in the response has its key, ticked or not: a genuine wizard script
    // keeps __KEY_root when no child table is selected.
    bool hasKey(int table) const { return !m_schema.tables[table].children.isEmpty(); }

    QList<int> includedChildren(int table) const
    {
        QList<int> children;
        for (int child : m_schema.tables[table].children) {
            if (m_included.contains(child))
                children.append(child);
        }
        return children;
    }

    QString keyName(int table) const
    {
        return Qlik::Tables::KeyPrefix.toString() + m_schema.tables[table].name;
    }
    QString foreignKeyName(int table) const
    {
        return Qlik::Tables::ForeignKeyPrefix.toString() + m_schema.tables[table].name;
    }

    QList<const SchemaField *> loadedFields(int table) const
    {
        QList<const SchemaField *> fields;
        const SchemaTable &t = m_schema.tables[table];
        if (!m_selection.isTableSelected(t))
            return fields;
        for (const SchemaField &field : t.fields) {
            if (field.role == FieldRole::Data && m_selection.isFieldSelected(t, field))
                fields.append(&field);
        }
        return fields;
    }

    QString loaded(int table, const SchemaField &field) const
    {
        return m_selection.loadedName(m_schema.tables[table], field);
    }

    // The select list of a table at `depth` tabs: its fields, its keys, then its sub-selects.
    QString items(int table, int depth) const
    {
        QStringList lines;
        for (const SchemaField *field : loadedFields(table)) {
            const QString name = loaded(table, *field);
            lines.append(tabs(depth) + sqlName(field->sourceName)
                + (name == field->sourceName ? QString() : QStringLiteral(" AS ") + sqlName(name)));
        }
        const QList<int> children = includedChildren(table);
        if (hasKey(table))
            lines.append(tabs(depth) + sqlName(keyName(table)));
        if (m_schema.tables[table].parent >= 0)
            lines.append(tabs(depth) + sqlName(foreignKeyName(table)));
        for (int child : children)
            lines.append(subSelect(child, depth));
        return lines.join(QStringLiteral(",\n"));
    }

    QString subSelect(int table, int depth) const
    {
        const SchemaTable &t = m_schema.tables[table];
        QString out = tabs(depth) + QStringLiteral("(SELECT \n") + items(table, depth + 1) + u'\n'
            + tabs(depth) + QStringLiteral("FROM ") + sqlName(t.sourceName);
        if (hasKey(table))
            out += QStringLiteral(" PK ") + sqlName(keyName(table));
        out += QStringLiteral(" FK ") + sqlName(foreignKeyName(table));
        // An array of scalars always names its @Value's name, the plain one too (seen).
        for (const SchemaField &field : t.fields) {
            if (field.role == FieldRole::Data && field.sourceName == Qlik::Tables::ValueField)
                out += QStringLiteral(" ArrayValueAlias ") + sqlName(loaded(table, field));
        }
        return out + u')';
    }

    QString topFrom() const
    {
        const SchemaTable &root = m_schema.tables[0];
        QString from;
        switch (m_schema.format) {
        case ResponseFormat::Csv:
            from = QStringLiteral("FROM CSV (header %1, delimiter %2, quote %3) ")
                       .arg(m_schema.csv.header ? QStringLiteral("on") : QStringLiteral("off"),
                           csvCharacter(m_schema.csv.delimiter ? m_schema.csv.delimiter : ','),
                           csvCharacter(m_schema.csv.quote))
                + sqlName(root.sourceName);
            break;
        case ResponseFormat::Xml:
            from = QStringLiteral("FROM XML ") + sqlName(root.sourceName);
            break;
        default:
            from = QStringLiteral("FROM JSON (wrap on) ") + sqlName(root.sourceName);
            break;
        }
        if (hasKey(0))
            from += QStringLiteral(" PK ") + sqlName(keyName(0));
        return from + withConnection() + QStringLiteral(";\n");
    }

    QString headerValue(const NameValue &header) const
    {
        if (m_options.includeSecrets || !holdsSecret(header))
            return header.value;
        return QStringLiteral("$(%1)").arg(secretVariableName(header.name));
    }

    // Variables make WITH CONNECTION carry the request: Qlik expands them there, not in a stored
    // connection.
    bool carriesRequest() const
    {
        return !m_requestInConnection && (m_options.withConnection || Variables::anyUsed(m_settings));
    }

    QString secretStubs() const
    {
        const bool secretsWritten = carriesRequest() || m_options.connect == ScriptOptions::Connect::Custom;
        if (!secretsWritten || m_options.includeSecrets)
            return {};
        QString out;
        for (const NameValue &header : m_settings.queryHeaders) {
            if (holdsSecret(header))
                out += secretStub(secretVariableName(header.name));
        }
        return out;
    }

    QString withConnection() const
    {
        const bool loop = m_options.loop != ScriptOptions::Loop::None;
        const bool carries = carriesRequest();
        if (!carries && !loop)
            return {};
        QStringList items;
        if (m_options.loop == ScriptOptions::Loop::NextUrl)
            items.append(QStringLiteral("URL \"$(vNextUrl)\""));
        else if (carries)
            items.append(QStringLiteral("URL ") + qlikString(m_settings.request.url.trimmed()));
        if (carries) {
            for (const NameValue &parameter : m_settings.queryParameters) {
                if (loop
                    && (parameter.name == m_options.loopParameter
                        || parameter.name == m_options.loopSizeParameter))
                    continue;
                items.append(QStringLiteral("QUERY %1 %2")
                                 .arg(qlikString(parameter.name), qlikString(parameter.value)));
            }
        }
        if (m_options.loop == ScriptOptions::Loop::Offset) {
            items.append(QStringLiteral("QUERY %1 \"$(vStart)\"").arg(qlikString(m_options.loopParameter)));
            if (!m_options.loopSizeParameter.isEmpty())
                items.append(QStringLiteral("QUERY %1 \"%2\"")
                                 .arg(qlikString(m_options.loopSizeParameter))
                                 .arg(m_options.loopPageSize));
        } else if (m_options.loop == ScriptOptions::Loop::NextToken) {
            items.append(
                QStringLiteral("QUERY %1 \"$(vNextToken)\"").arg(qlikString(m_options.loopParameter)));
        }
        if (carries) {
            for (const NameValue &header : m_settings.queryHeaders)
                items.append(QStringLiteral("HTTPHEADER %1 %2")
                                 .arg(qlikString(header.name), qlikString(headerValue(header))));
            if (m_settings.request.method == HttpMethod::Post && !m_settings.request.requestBody.isEmpty())
                items.append(
                    QStringLiteral("BODY ") + qlikString(oneLineBody(m_settings.request.requestBody)));
        }
        return QStringLiteral("\nWITH CONNECTION (\n\t") + items.join(QStringLiteral(",\n\t"))
            + QStringLiteral("\n)");
    }

    // Custom pagination [ours]: the SELECT runs once per page; the rows a page added are told apart by
    // the master table's row count before it.
    QString loopStart() const
    {
        QString out;
        switch (m_options.loop) {
        case ScriptOptions::Loop::Offset:
            out = QStringLiteral("LET vStart = 0;\n");
            break;
        case ScriptOptions::Loop::NextToken:
            out = QStringLiteral("LET vNextToken = '';\n");
            break;
        case ScriptOptions::Loop::NextUrl:
            out = QStringLiteral("LET vNextUrl = '%1';\n")
                      .arg(quotedForLet(m_settings.request.url.trimmed()));
            break;
        case ScriptOptions::Loop::None:
            break;
        }
        return out + QStringLiteral("DO\n")
            + QStringLiteral("LET vRowsBefore = Alt(NoOfRows('%1'), 0);\n\n").arg(MasterTable);
    }

    QString loopEnd() const
    {
        const QString page = QStringLiteral("[_QonduitPage]");
        const QString since = QStringLiteral("RecNo() > $(vRowsBefore)");
        QString out(u'\n');
        switch (m_options.loop) {
        case ScriptOptions::Loop::Offset: {
            // The records of this page: the rows of the data table it added.
            const int data = m_schema.indexOf(m_options.loopField);
            const QString key = data > 0 ? foreignKeyName(data) : keyName(0);
            out += page
                + QStringLiteral(":\nLOAD Count(%1) AS [Records]\nRESIDENT %2\nWHERE %3;\n")
                      .arg(loadName(key), MasterTable, since);
            out += QStringLiteral("LET vRecords = Peek('Records', 0, '_QonduitPage');\nDROP TABLE %1;\n")
                       .arg(page);
            out += QStringLiteral("LET vStart = vStart + vRecords;\nLOOP WHILE vRecords >= %1;\n")
                       .arg(m_options.loopPageSize);
            break;
        }
        case ScriptOptions::Loop::NextToken:
        case ScriptOptions::Loop::NextUrl: {
            const bool token = m_options.loop == ScriptOptions::Loop::NextToken;
            const QString variable = token ? QStringLiteral("vNextToken") : QStringLiteral("vNextUrl");
            out += page
                + QStringLiteral(":\nLOAD %1 AS [Next]\nRESIDENT %2\nWHERE %3 AND NOT IsNull(%1);\n")
                      .arg(loadName(m_options.loopField), MasterTable, since);
            out += QStringLiteral("LET %1 = Peek('Next', -1, '_QonduitPage');\nDROP TABLE %2;\n")
                       .arg(variable, page);
            out += QStringLiteral("LOOP WHILE Len('$(%1)') > 0;\n").arg(variable);
            break;
        }
        case ScriptOptions::Loop::None:
            break;
        }
        return out;
    }

    // Fields as the SELECT names them; `AS` only in the root block for a field the SELECT renamed
    // (seen), and on every line of the CSV form (seen as it is).
    QString loadBlock(int table) const
    {
        const SchemaTable &t = m_schema.tables[table];
        const bool csv = m_schema.format == ResponseFormat::Csv;
        QStringList lines;
        for (const SchemaField *field : loadedFields(table)) {
            const QString name = loadName(loaded(table, *field));
            const bool renamed = loaded(table, *field) != field->sourceName;
            lines.append(csv || (t.parent < 0 && renamed) ? name + QStringLiteral(" AS ") + name : name);
        }
        if (hasKey(table))
            lines.append(loadName(keyName(table)));
        if (t.parent >= 0)
            lines.append(
                loadName(foreignKeyName(table)) + QStringLiteral(" AS ") + loadName(keyName(t.parent)));
        QString out = loadName(t.name) + QStringLiteral(":\nLOAD\t") + lines.join(QStringLiteral(",\n\t"))
            + QStringLiteral("\nRESIDENT ") + MasterTable;
        if (t.parent >= 0)
            out += QStringLiteral("\nWHERE NOT IsNull(%1)").arg(loadName(foreignKeyName(table)));
        else if (hasKey(table))
            out += QStringLiteral("\nWHERE NOT IsNull(%1)").arg(loadName(keyName(table)));
        return out + QStringLiteral(";\n");
    }

    QString connectLine() const
    {
        if (m_options.connect == ScriptOptions::Connect::Custom) {
            // The statement carries the query headers: a secret one becomes its variable too, which
            // Qlik expands in the CONNECT line as anywhere in a script.
            ConnectionSettings masked = m_settings;
            for (NameValue &header : masked.queryHeaders)
                header.value = headerValue(header);
            return ConnectionString::writeStatement(masked);
        }
        QString name = m_options.name.isEmpty() ? m_settings.name : m_options.name;
        return QStringLiteral("LIB CONNECT TO '%1';").arg(quotedForLet(name));
    }

    const ConnectionSettings &m_settings;
    const Schema &m_schema;
    const Selection &m_selection;
    const ScriptOptions &m_options;
    QSet<int> m_included;
    QList<int> m_order;
    bool m_requestInConnection = false;
};

} // namespace

namespace {

// [ours] Qlik's REST connector has no OAuth 2.0: a connection of its own fetches the token into
// vToken, and the data request sends it in WITH CONNECTION.
// The token's SELECT and vToken. A token below the top level (data/jwt) gets the SELECT Qlik's wizard
// would write for an answer of that shape, its sub-selects nested, and the one field loaded out of
// the master table.
QString tokenSelect(const ConnectionSettings &connection, QStringList path, const ScriptOptions &options,
    bool requestInConnection)
{
    if (!path.isEmpty() && path.first() == u"root")
        path.removeFirst();
    if (path.isEmpty())
        path.append(QStringLiteral("access_token"));
    QJsonValue shape = QStringLiteral("token");
    for (auto it = path.crbegin(); it != path.crend(); ++it)
        shape = QJsonObject {{*it, shape}};
    const QByteArray text = QJsonDocument(shape.toObject()).toJson(QJsonDocument::Compact);
    SchemaBuilder builder;
    ResponseParser::create(ResponseFormat::Json)
        ->parse(std::string_view(text.constData(), text.size()), builder);
    builder.finishDocument();
    Schema schema = builder.snapshot(false);
    schema.format = ResponseFormat::Json;
    Selection selection;
    const SchemaTable *holder = nullptr;
    for (const SchemaTable &table : schema.tables) {
        const bool holds = table.children.isEmpty();
        selection.setTableSelected(table, holds);
        if (holds)
            holder = &table;
    }
    QString field;
    for (const SchemaField &f : holder ? holder->fields : QList<SchemaField> {}) {
        if (f.role == FieldRole::Data)
            field = selection.loadedName(*holder, f);
    }
    if (field.isEmpty())
        return {};
    Writer writer(connection, schema, selection, options);
    if (requestInConnection)
        writer.keepRequestInConnection();
    QString out = u'\n' + writer.masterSelect();
    if (path.size() == 1) {
        // At the top level the token's own table is the master table: loaded under its name at once.
        out.replace(0, MasterTable.size() + 1, QStringLiteral("\n[_QonduitToken]"));
    } else {
        out += QStringLiteral(
            "\n[_QonduitToken]:\nLOAD\t%1\nRESIDENT %2\nWHERE NOT IsNull(%1);\n\nDROP TABLE %2;\n")
                   .arg(loadName(field), MasterTable);
    }
    out += QStringLiteral("\nLET vToken = Peek('%1', 0, '_QonduitToken');\nDROP TABLE [_QonduitToken];\n\n")
               .arg(quotedForLet(field));
    return out;
}

QString tokenBlock(const ConnectionSettings &settings, const ScriptOptions &options)
{
    const TokenSettings &token = settings.token;
    const ConnectionSettings connection = TokenRequest::connectionFor(
        settings, options.includeSecrets ? TokenRequest::Secrets::Values : TokenRequest::Secrets::Variables);
    const bool custom = options.connect == ScriptOptions::Connect::Custom;
    // A stored (LIB) token connection holds its request as published, secrets and all. Like the data
    // request, it is carried in WITH CONNECTION only when the form's own variables are in it, for Qlik
    // to expand them there; CUSTOM CONNECT carries it in its string.
    const QList<Variables::Use> uses = Variables::usesIn(settings);
    const bool usesVariables = std::any_of(
        uses.begin(), uses.end(), [](const Variables::Use &use) { return use.field.startsWith(u"token."); });
    const bool carried = custom || usesVariables;
    QString out
        = QStringLiteral("// The token first: Qlik's REST connector has no OAuth 2.0, so a connection of "
                         "its own fetches it.\n");
    QString request = connection.request.requestBody;
    for (const NameValue &header : connection.queryHeaders)
        request += header.value;
    for (const QString &name : Variables::namesIn(request)) {
        if (!carried || !TokenRequest::isSecretVariable(token, name))
            continue;
        if (name == u"vClientAuthorization")
            out += QStringLiteral(
                "// vClientAuthorization is 'Basic ' and the base64 of client id:secret.\n");
        out += secretStub(name);
    }
    if (custom)
        out += ConnectionString::writeStatement(connection) + u'\n';
    else
        out += QStringLiteral("LIB CONNECT TO '%1';\n")
                   .arg(quotedForLet(
                       TokenRequest::connectionName(options.name.isEmpty() ? settings.name : options.name)));
    ScriptOptions tokenOptions;
    tokenOptions.connect = options.connect;
    tokenOptions.includeSecrets = options.includeSecrets;
    return out
        + tokenSelect(connection, token.tokenPath.split(u'/', Qt::SkipEmptyParts), tokenOptions,
            !usesVariables || custom);
}

} // namespace

QString writeScript(const ConnectionSettings &settings, const Schema &schema, const Selection &selection,
    const ScriptOptions &options)
{
    if (settings.token.source != TokenSource::None) {
        // The data request carries the token where the settings send it, as $(vToken).
        ConnectionSettings withToken = TokenRequest::withToken(settings, QStringLiteral("$(vToken)"));
        withToken.token = {};
        // The variables first, the token request's among them (a login body's $(vUser)); once.
        QString lets = Writer(settings, schema, selection, options).variableLets();
        if (!lets.isEmpty())
            lets += u'\n';
        withToken.variables.clear();
        return lets + tokenBlock(settings, options) + writeScript(withToken, schema, selection, options);
    }
    if (schema.tables.isEmpty()) {
        ScriptOptions connectOnly = options;
        return Writer(settings, schema, selection, connectOnly).write();
    }
    return Writer(settings, schema, selection, options).write();
}

QString connectStatementOf(QStringView script)
{
    const qsizetype start = script.indexOf(u"CUSTOM CONNECT TO", 0, Qt::CaseInsensitive);
    if (start < 0)
        return {};
    qsizetype i = start + 17;
    while (i < script.size() && script[i].isSpace())
        ++i;
    if (i >= script.size() || (script[i] != u'"' && script[i] != u'\''))
        return {};
    const QChar quote = script[i];
    for (++i; i < script.size(); ++i) {
        if (script[i] != quote)
            continue;
        if (i + 1 < script.size() && script[i + 1] == quote) {
            ++i; // a doubled quote inside
            continue;
        }
        qsizetype end = i + 1;
        while (end < script.size() && script[end].isSpace())
            ++end;
        if (end < script.size() && script[end] == u';')
            return script.mid(start, end + 1 - start).toString();
        return {};
    }
    return {};
}

QString curlCommand(const ConnectionSettings &settings, bool includeSecrets)
{
    const auto quoted
        = [](QString text) { return u'\'' + text.replace(u'\'', QStringLiteral("'\\''")) + u'\''; };
    QStringList parts {QStringLiteral("curl")};
    auto plan = RequestPlan::fromSettings(settings);
    const QString url = plan ? plan.value().url.toString(QUrl::FullyEncoded) : settings.request.url;
    if (settings.request.method == HttpMethod::Post)
        parts << QStringLiteral("-X POST");
    parts << quoted(url);
    for (const NameValue &header : settings.queryHeaders) {
        const bool secret = !includeSecrets && holdsSecret(header);
        // A variable in double quotes, so that the shell fills it in.
        parts << (secret ? QStringLiteral("-H \"%1: $%2\"")
                               .arg(header.name, secretVariableName(header.name).mid(1).toUpper())
                         : QStringLiteral("-H ") + quoted(header.name + QStringLiteral(": ") + header.value));
    }
    if (settings.request.method == HttpMethod::Post && !settings.request.requestBody.isEmpty())
        parts << QStringLiteral("--data-raw ") + quoted(settings.request.requestBody);
    if (settings.authentication.schema == AuthSchema::Basic
        || settings.authentication.schema == AuthSchema::Digest
        || settings.authentication.schema == AuthSchema::Ntlm) {
        if (settings.authentication.schema == AuthSchema::Digest)
            parts << QStringLiteral("--digest");
        if (settings.authentication.schema == AuthSchema::Ntlm)
            parts << QStringLiteral("--ntlm");
        parts << QStringLiteral("-u ")
                + quoted(settings.authentication.userName + u':'
                    + (includeSecrets ? settings.authentication.password : QStringLiteral("PASSWORD")));
    }
    if (settings.certificates.skipServerCertificateValidation)
        parts << QStringLiteral("-k");
    if (settings.certificates.source == CertificateSource::FromFile)
        parts << QStringLiteral("--cert-type P12 --cert ") + quoted(settings.certificates.pfxFilePath);
    if (settings.request.timeoutSeconds > 0)
        parts << QStringLiteral("--max-time %1").arg(settings.request.timeoutSeconds);
    return parts.join(u' ');
}

} // namespace Qonduit
