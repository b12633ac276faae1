#include "codehighlighting.h"

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

QSyntaxHighlighter *attachQlikScript(QTextDocument *document)
{
    const auto definition = repository().definitionForName(QStringLiteral("Qlik Script"));
    if (!definition.isValid())
        return new QlikScriptHighlighter(document);
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setTheme(repository().themeForPalette(QGuiApplication::palette()));
    highlighter->setDefinition(definition);
    return highlighter;
}

QString engineName()
{
    return QStringLiteral("KSyntaxHighlighting");
}

#else

QSyntaxHighlighter *attachQlikScript(QTextDocument *document)
{
    return new QlikScriptHighlighter(document);
}

QString engineName()
{
    return QStringLiteral("Qonduit");
}

#endif

} // namespace Qonduit::CodeHighlighting
