// SPDX-License-Identifier: MIT
// The test result's body on a big response: what the GUI thread is given to lay out is the first part,
// in steps; the whole body is saved or opened from where it is (memory or the spilled file).
#include "bodyformatter.h"
#include "bodyview.h"
#include "codeview.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

namespace {

QByteArray ordersJson(qsizetype atLeast)
{
    QByteArray body = R"({"orders": [)";
    for (int id = 0; body.size() < atLeast; ++id)
        body += R"({"id": )" + QByteArray::number(id) + R"(, "tags": ["a", "b"]}, )";
    body.chop(2);
    return body + "]}";
}

// A result as the request engine gives one: the body in memory, or spilled to a file with its first
// part in memory.
ConnectionTestResult resultOf(const QByteArray &body, bool spilled)
{
    ConnectionTestResult result;
    result.outcome = ConnectionTestResult::Outcome::Succeeded;
    result.status = 200;
    result.type = ResponseType::Json;
    result.size = body.size();
    if (!spilled) {
        result.body = body;
        return result;
    }
    result.bodyFile = std::make_shared<QTemporaryFile>();
    if (result.bodyFile->open()) {
        result.bodyFile->write(body);
        result.bodyFile->flush();
    }
    result.body = body.left(BodyPreviewBytes);
    return result;
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestBodyView : public QObject
{
    Q_OBJECT

private slots:
    void showsTheFirstPartOnly_data();
    void showsTheFirstPartOnly();
    void longTextGoesInInSteps();
    void savesTheWholeBody_data();
    void savesTheWholeBody();
    void opensTheWholeBody();
};

void TestBodyView::showsTheFirstPartOnly_data()
{
    QTest::addColumn<int>("bytes");
    QTest::addColumn<bool>("spilled");
    QTest::addColumn<bool>("cut");
    QTest::newRow("small, whole") << 2000 << false << false;
    QTest::newRow("12 MB in memory") << 12 * 1024 * 1024 << false << true;
    QTest::newRow("20 MB spilled to a file") << 20 * 1024 * 1024 << true << true;
}

void TestBodyView::showsTheFirstPartOnly()
{
    QFETCH(int, bytes);
    QFETCH(bool, spilled);
    QFETCH(bool, cut);
    const QByteArray body = ordersJson(bytes);
    BodyView view;
    view.resize(800, 400);
    view.show();
    QSignalSpy formatted(&view, &BodyView::formatted);
    view.showBody(resultOf(body, spilled));
    QVERIFY(view.isFormatting());
    QVERIFY(formatted.wait(20000));
    QVERIFY(!view.isFormatting());
    const QString shown = view.findChild<CodeView *>(u"testResult.body"_s)->toPlainText();
    QVERIFY(shown.startsWith(u"{\n    \"orders\": [\n        {\n            \"id\": 0,"_s));
    QString compact = shown;
    compact.remove(u' ').remove(u'\n');
    auto *rest = view.findChild<QWidget *>(u"testResult.bodyRest"_s);
    QCOMPARE(rest->isVisible(), cut);
    if (!cut) {
        QCOMPARE(compact.toUtf8(), QByteArray(body).replace(' ', ""));
        return;
    }
    // Indented, the first part is longer than its bytes; it is that part and never more.
    QVERIFY2(compact.size() < BodyPreviewBytes + 100, qPrintable(QString::number(compact.size())));
    const QString restText = view.findChild<QLabel *>(u"testResult.bodyRestLabel"_s)->text();
    QVERIFY2(
        restText.contains(QLocale().formattedDataSize(body.size() - BodyPreviewBytes)), qPrintable(restText));
    QVERIFY(view.findChild<QPushButton *>(u"testResult.openBody"_s)->isEnabled());
    QVERIFY(view.findChild<QPushButton *>(u"testResult.saveBody"_s)->isEnabled());
}

// The class of defect behind a window that stopped on a 10 MB body: all of its text handed to the view
// (laid out and highlighted) in one go. Now the view holds one step after setCode(), and the rest
// follows over turns of the event loop.
void TestBodyView::longTextGoesInInSteps()
{
    CodeView view;
    view.resize(600, 300);
    view.show();
    QString text;
    for (int line = 0; text.size() < 10 * CodeView::StepCharacters; ++line)
        text += u"    \"line\": %1,\n"_s.arg(line);
    QSignalSpy loaded(&view, &CodeView::loaded);
    view.setCode(text, CodeView::Language::Json);
    QVERIFY(view.isLoading());
    QVERIFY(view.document()->characterCount() <= CodeView::StepCharacters + 1);
    QVERIFY(view.toPlainText().endsWith(u",\n"_s) || view.toPlainText().endsWith(u','));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(view.toPlainText(), text);
    QVERIFY(!view.isLoading());

    // Short text is all there at once; a new text replaces a half-loaded one.
    view.setCode(text, CodeView::Language::Json);
    view.setCode(u"short"_s, CodeView::Language::Plain);
    QVERIFY(!view.isLoading());
    QCOMPARE(view.toPlainText(), u"short"_s);
    QTest::qWait(50);
    QCOMPARE(view.toPlainText(), u"short"_s);
}

void TestBodyView::savesTheWholeBody_data()
{
    QTest::addColumn<bool>("spilled");
    QTest::newRow("in memory") << false;
    QTest::newRow("spilled to a file") << true;
}

void TestBodyView::savesTheWholeBody()
{
    QFETCH(bool, spilled);
    const QByteArray body = ordersJson(3 * BodyPreviewBytes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    BodyView view;
    QString suggested;
    view.setSaveFileChooser([&](const QString &name) {
        suggested = name;
        return dir.filePath(u"saved.json"_s);
    });
    QSignalSpy formatted(&view, &BodyView::formatted);
    view.showBody(resultOf(body, spilled));
    QVERIFY(formatted.wait(10000));
    auto *save = view.findChild<QPushButton *>(u"testResult.saveBody"_s);
    save->click();
    QVERIFY(suggested.endsWith(u".json"_s));
    QVERIFY(!save->isEnabled()); // while it writes, on a worker thread
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000);
    QCOMPARE(contentOf(dir.filePath(u"saved.json"_s)), body);
    QVERIFY(view.findChild<QLabel *>(u"testResult.bodyRestLabel"_s)->text().contains(u"saved.json"_s));

    // Saving over a file replaces it; a folder that does not exist is a sentence.
    view.saveWholeBody(dir.filePath(u"saved.json"_s));
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000);
    QCOMPARE(contentOf(dir.filePath(u"saved.json"_s)), body);
    QString error;
    bool done = false;
    view.saveWholeBody(dir.filePath(u"missing/saved.json"_s), [&](const QString &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(error.startsWith(u"Cannot write "_s), qPrintable(error));
}

void TestBodyView::opensTheWholeBody()
{
    const QByteArray body = ordersJson(2 * BodyPreviewBytes);
    BodyView view;
    QString opened;
    view.setOpener([&](const QString &path) { opened = path; });
    QSignalSpy formatted(&view, &BodyView::formatted);
    view.showBody(resultOf(body, true));
    QVERIFY(formatted.wait(10000));
    view.findChild<QPushButton *>(u"testResult.openBody"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 10000);
    QVERIFY(opened.endsWith(u".json"_s));
    QCOMPARE(contentOf(opened), body);
    QFile::remove(opened);
}

QTEST_MAIN(TestBodyView)
#include "tst_bodyview.moc"
