// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "expected.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Qonduit {

// What analysts are handed instead of a blank form: an OpenAPI (3.x) or Swagger (2.0) document, a
// Postman collection (v2.0, v2.1), an Insomnia export (v4), a browser's HAR file. Each is read into a
// list of the requests it holds; one of them, chosen, fills the form.
enum class ApiDocumentKind { OpenApi, Postman, Insomnia, Har };

// One request the document holds, as the chooser lists it.
struct ApiEntry
{
    QString id; // what --operation, --request or --entry names: operationId, path in the tree, index
    QString method; // as written, upper case
    QString target; // the path (OpenAPI) or URL
    QString title; // summary or name
    QString group; // tag or folder
    QString whyNot; // empty when it fits Qlik's connector; otherwise the sentence why not
    bool fits() const { return whyNot.isEmpty(); }
};

// A parameter of the path (/pets/{petId}), which the form's URL needs filled in.
struct PathParameter
{
    QString name;
    QString value; // its example or default, or empty
    QString description;
};

// What is chosen beside the entry: the server (OpenAPI lists several) and the path's parameters.
struct ApiChoice
{
    int server = 0;
    QList<NameValue> pathValues; // name = parameter
    bool applyPaginationGuess = false;
    QList<Variable> environment; // a Postman environment's values, before the collection's own
};

struct ApiImport
{
    ConnectionSettings settings;
    QStringList unmapped; // what has no place in the form, each with why
    // A guess from the parameters and the answer's schema (offset/limit, cursor, next link), shown to be
    // confirmed; `settings` holds it only when the choice asked for it.
    PaginationSettings paginationGuess;
    QString paginationReason; // empty when there is no guess
    QByteArray recordedResponse; // HAR: the answer as the browser saw it; OpenAPI: the example
    QString recordedContentType;
    bool responseIsExample = false; // made from the document, not from a call
};

class ApiDocument
{
public:
    virtual ~ApiDocument() = default;

    ApiDocumentKind kind() const { return m_kind; }
    QString kindName() const; // "OpenAPI 3.0", "Swagger 2.0", "Postman collection v2.1", ...
    QString title() const { return m_title; }
    const QList<ApiEntry> &entries() const { return m_entries; }
    // The document's servers (OpenAPI), the first the default.
    virtual QStringList servers() const { return {}; }
    virtual QList<PathParameter> pathParameters(int entry) const
    {
        Q_UNUSED(entry);
        return {};
    }
    // What the document says problems of its own (a $ref that goes nowhere, a remote $ref not fetched).
    QStringList notes() const { return m_notes; }

    // The form for one entry, on top of `base` (its name stays); the sentence why not for one that does
    // not fit Qlik.
    virtual Expected<ApiImport, QString> import(int entry, const ApiChoice &choice, const ConnectionSettings &base) const = 0;

    // The entry `id` names (an id, a title, a 1-based number), or -1.
    int find(const QString &id) const;

    // Reads a document of any of the kinds, JSON or YAML, telling them apart by what they hold. The
    // sentence says what is wrong and where, or what the text is when it is none of them.
    static Expected<std::shared_ptr<const ApiDocument>, QString> read(const QByteArray &text);

    // The largest document read: a bigger one is refused with a sentence, not swapped to disk.
    static constexpr qsizetype MaxBytes = 256 * 1024 * 1024;

protected:
    explicit ApiDocument(ApiDocumentKind kind)
        : m_kind(kind)
    {
    }
    ApiDocumentKind m_kind;
    QString m_version;
    QString m_title;
    QList<ApiEntry> m_entries;
    QStringList m_notes;
};

namespace ApiImports {
// One reader per kind, given the document as JSON; each says why a document is not of its kind.
// `pathOrder`: the paths as the text orders them (QJsonObject sorts them); any it lacks come after.
Expected<std::shared_ptr<const ApiDocument>, QString> openApi(const QJsonObject &root, const QStringList &pathOrder = {});
Expected<std::shared_ptr<const ApiDocument>, QString> postman(const QJsonObject &root);
Expected<std::shared_ptr<const ApiDocument>, QString> insomnia(const QJsonObject &root);
Expected<std::shared_ptr<const ApiDocument>, QString> har(const QJsonObject &root);
// A Postman environment file's values, for ApiChoice::environment.
Expected<QList<Variable>, QString> postmanEnvironment(const QByteArray &text);
} // namespace ApiImports

} // namespace Qonduit
