// SPDX-License-Identifier: MIT
#include "connectionstringkeys.h"
#include "connectionvalidator.h"
#include "fieldid.h"
#include "qlikvocabulary.h"

#include <QFile>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

namespace {

template<typename E>
void addOurWords(QStringView key)
{
    for (const auto &word : Qlik::words<E>()) {
        if (word.provenance == Qlik::Provenance::Ours) {
            const QString text = key.toString() + u'=' + word.text.toString();
            QTest::newRow(qPrintable(text)) << text;
        }
    }
}

} // namespace

class TestQlikVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void ourNamesAreDocumented_data();
    void ourNamesAreDocumented();
    void wordsReadInAnyCase_data();
    void wordsReadInAnyCase();
    void everyKeyIsFoundByItsName();
    void fieldsComeFromTheCatalogue();
};

// The spec asks that every name of ours is said to be ours in the user docs.
void TestQlikVocabulary::ourNamesAreDocumented_data()
{
    QTest::addColumn<QString>("name");
    for (const auto &key : ConnectionStringKeys::all()) {
        if (key.provenance == Qlik::Provenance::Ours)
            QTest::newRow(qPrintable(key.name.toString())) << key.name.toString();
    }
    addOurWords<AuthSchema>(Qlik::Key::AuthSchema);
    addOurWords<CertificateSource>(Qlik::Key::UseCertificate);
    addOurWords<KeyGenerationStrategy>(Qlik::Key::KeyGenerationStrategy);
    addOurWords<PaginationType>(Qlik::Key::PaginationType);
    for (const QStringView name : Qlik::Tables::ours())
        QTest::newRow(qPrintable(name.toString())) << name.toString();
}

void TestQlikVocabulary::ourNamesAreDocumented()
{
    QFETCH(QString, name);
    QFile readme(QStringLiteral(QONDUIT_README));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const QString section = text.section(u"### Names that are ours"_s, 1).section(u"\n## "_s, 0, 0);
    QVERIFY2(
        section.contains(u'`' + name + u'`'), qPrintable(name + u" is ours but not listed in the README"_s));
}

void TestQlikVocabulary::wordsReadInAnyCase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type"); // PaginationType, -1 when the text is no word
    QTest::newRow("as written") << u"NextUrl"_s << int(PaginationType::NextUrl);
    QTest::newRow("lower case") << u"nexturl"_s << int(PaginationType::NextUrl);
    QTest::newRow("upper case") << u"OFFSET"_s << int(PaginationType::Offset);
    QTest::newRow("with a space") << u"Next URL"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestQlikVocabulary::wordsReadInAnyCase()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    const auto word = Qlik::fromWord<PaginationType>(text);
    QCOMPARE(word ? int(*word) : -1, type);
    if (word)
        QCOMPARE(Qlik::fromWord<PaginationType>(Qlik::toWord(*word)), word);
}

void TestQlikVocabulary::everyKeyIsFoundByItsName()
{
    for (const auto &key : ConnectionStringKeys::all()) {
        QCOMPARE(ConnectionStringKeys::find(key.name), &key);
        QCOMPARE(ConnectionStringKeys::find(u"  "_s + key.name.toString().toUpper() + u' '), &key);
        QVERIFY(!key.field.isEmpty());
        QVERIFY(key.get && key.set);
    }
    QCOMPARE(ConnectionStringKeys::find(u"checkResponseTypeDuringTestConnection"_s)->name,
        Qlik::Key::CheckResponseType);
    QCOMPARE(ConnectionStringKeys::find(u"noSuchKey"_s), nullptr);
    // Found as a case-insensitive compare finds it: by case folding (the long s folds to s).
    QCOMPARE(ConnectionStringKeys::find(u"i\u017FKeepAlive"_s)->name, Qlik::Key::IsKeepAlive);
}

// A key or a problem under a field the catalogue lacks would find no widget and no secret.
void TestQlikVocabulary::fieldsComeFromTheCatalogue()
{
    const auto known = [](QStringView field) {
        return std::find(FieldId::All.begin(), FieldId::All.end(), field) != FieldId::All.end();
    };
    for (const auto &key : ConnectionStringKeys::all())
        QVERIFY2(known(key.field), qPrintable(key.field.toString()));
    ConnectionSettings broken;
    broken.request.url = u"ftp://x"_s;
    broken.request.timeoutSeconds = -1;
    broken.request.retryFailedRequest = true;
    broken.request.retryCodes = u"abc"_s;
    broken.authentication.schema = AuthSchema::Basic;
    broken.certificates.source = CertificateSource::FromFile;
    broken.queryParameters = {{u""_s, u"x"_s}, {u"a"_s, u"1"_s}, {u"a"_s, u"2"_s}};
    broken.queryHeaders = {{u"a"_s, u"1"_s}, {u"a"_s, u"2"_s}};
    broken.security.whitelist = {{u""_s, u"ftp://y"_s}};
    broken.trustedLocations = {{u""_s, u"ftp://z"_s}};
    const QList<ValidationProblem> problems = validate(broken);
    QVERIFY(problems.size() >= 8);
    for (const ValidationProblem &problem : problems)
        QVERIFY2(known(problem.field), qPrintable(problem.field + u": "_s + problem.message));
}

QTEST_GUILESS_MAIN(TestQlikVocabulary)
#include "tst_qlikvocabulary.moc"
