// SPDX-License-Identifier: MIT
#include "codehighlighting.h"

#include "datahighlighter.h"
#include "qlikscripthighlighter.h"

#if QONDUIT_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QGuiApplication>
#endif

namespace Qonduit::CodeHighlighting {

#if QONDUIT_HAVE_KSYNTAXHIGHLIGHTING

namespace {
KSyntaxHighlighting::Repository &repository()
{
    // Our Qlik definition is in the resources, under syntax/ as the repository expects.
    static KSyntaxHighlighting::Repository *instance = [] {
        auto *repository = new KSyntaxHighlighting::Repository;
        repository->addCustomSearchPath(QStringLiteral(":/qonduit"));
        return repository;
    }();
    return *instance;
}
} // namespace

QSyntaxHighlighter *withDefinition(QTextDocument *document, const QString &name)
{
    const auto definition = repository().definitionForName(name);
    if (!definition.isValid())
        return nullptr;
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setTheme(repository().themeForPalette(QGuiApplication::palette()));
    highlighter->setDefinition(definition);
    return highlighter;
}

QSyntaxHighlighter *attachQlikScript(QTextDocument *document)
{
    if (QSyntaxHighlighter *highlighter = withDefinition(document, QStringLiteral("Qlik Script")))
        return highlighter;
    return new QlikScriptHighlighter(document);
}

QSyntaxHighlighter *attachJson(QTextDocument *document)
{
    if (QSyntaxHighlighter *highlighter = withDefinition(document, QStringLiteral("JSON")))
        return highlighter;
    return new DataHighlighter(DataHighlighter::Language::Json, document);
}

QSyntaxHighlighter *attachXml(QTextDocument *document)
{
    if (QSyntaxHighlighter *highlighter = withDefinition(document, QStringLiteral("XML")))
        return highlighter;
    return new DataHighlighter(DataHighlighter::Language::Xml, document);
}

#else

QSyntaxHighlighter *attachQlikScript(QTextDocument *document)
{
    return new QlikScriptHighlighter(document);
}

QSyntaxHighlighter *attachJson(QTextDocument *document)
{
    return new DataHighlighter(DataHighlighter::Language::Json, document);
}

QSyntaxHighlighter *attachXml(QTextDocument *document)
{
    return new DataHighlighter(DataHighlighter::Language::Xml, document);
}

#endif

} // namespace Qonduit::CodeHighlighting
