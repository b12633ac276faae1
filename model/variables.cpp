// SPDX-License-Identifier: MIT
#include "variables.h"

#include "fieldid.h"

namespace Qonduit::Variables {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.';
}

// Calls found(start, length, name) for each $(name) in text, left to right.
template<typename Found>
void scan(QStringView text, Found found)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(u"$(", from);
        if (open < 0)
            return;
        qsizetype end = open + 2;
        while (end < text.size() && isNameChar(text[end]))
            ++end;
        if (end < text.size() && text[end] == u')' && end > open + 2) {
            found(open, end + 1 - open, text.mid(open + 2, end - open - 2));
            from = end + 1;
        } else {
            from = open + 2;
        }
    }
}

} // namespace

QStringList namesIn(QStringView text)
{
    QStringList names;
    scan(text, [&](qsizetype, qsizetype, QStringView name) {
        if (!names.contains(name))
            names.append(name.toString());
    });
    return names;
}

QList<Use> usesIn(const ConnectionSettings &settings)
{
    QList<Use> uses;
    const auto add = [&](QStringView field, QStringView text) {
        for (const QString &name : namesIn(text)) {
            const Use use {field.toString(), name};
            if (!uses.contains(use))
                uses.append(use);
        }
    };
    add(FieldId::Request::Url, settings.request.url);
    for (const NameValue &parameter : settings.queryParameters) {
        add(FieldId::QueryParameters, parameter.name);
        add(FieldId::QueryParameters, parameter.value);
    }
    for (const NameValue &header : settings.queryHeaders)
        add(FieldId::QueryHeaders, header.value);
    if (settings.request.method == HttpMethod::Post)
        add(FieldId::Request::RequestBody, settings.request.requestBody);
    // The token's own request is sent first, with the same variables: a login body's $(vUser).
    const TokenSettings &token = settings.token;
    if (token.source != TokenSource::None) {
        add(FieldId::Token::Url, token.url);
        for (const NameValue &field : token.extraFields)
            add(FieldId::Token::ExtraFields, field.value);
        for (const NameValue &header : token.headers)
            add(FieldId::Token::Headers, header.value);
        if (token.source == TokenSource::Request && token.method == HttpMethod::Post)
            add(FieldId::Token::Body, token.body);
    }
    return uses;
}

bool isUsed(const QList<Use> &uses, QStringView name)
{
    return std::any_of(uses.begin(), uses.end(), [&](const Use &use) { return use.name == name; });
}

bool anyUsed(const ConnectionSettings &settings)
{
    return !usesIn(settings).isEmpty();
}

const Variable *find(const QList<Variable> &variables, QStringView name)
{
    for (const Variable &variable : variables) {
        if (variable.name == name)
            return &variable;
    }
    return nullptr;
}

QString expand(QStringView text, const QList<Variable> &variables)
{
    QString out;
    qsizetype copied = 0;
    scan(text, [&](qsizetype start, qsizetype length, QStringView name) {
        if (const Variable *variable = find(variables, name)) {
            out += text.mid(copied, start - copied);
            out += variable->testValue;
            copied = start + length;
        }
    });
    out += text.mid(copied);
    return out;
}

namespace {

ConnectionSettings expanded(ConnectionSettings settings, const QList<Variable> &variables)
{
    if (variables.isEmpty())
        return settings;
    settings.request.url = expand(settings.request.url, variables);
    settings.request.requestBody = expand(settings.request.requestBody, variables);
    for (NameValue &parameter : settings.queryParameters) {
        parameter.name = expand(parameter.name, variables);
        parameter.value = expand(parameter.value, variables);
    }
    for (NameValue &header : settings.queryHeaders)
        header.value = expand(header.value, variables);
    TokenSettings &token = settings.token;
    token.url = expand(token.url, variables);
    token.body = expand(token.body, variables);
    for (NameValue &field : token.extraFields)
        field.value = expand(field.value, variables);
    for (NameValue &header : token.headers)
        header.value = expand(header.value, variables);
    return settings;
}

} // namespace

ConnectionSettings withTestValues(ConnectionSettings settings)
{
    const QList<Variable> variables = settings.variables;
    return expanded(std::move(settings), variables);
}

ConnectionSettings forStoredConnection(ConnectionSettings settings)
{
    QList<Variable> ordinary;
    for (const Variable &variable : std::as_const(settings.variables)) {
        if (!variable.secret)
            ordinary.append(variable);
    }
    return expanded(std::move(settings), ordinary);
}

} // namespace Qonduit::Variables
