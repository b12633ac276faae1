// SPDX-License-Identifier: MIT
#include "schema/xmlparser.h"

#include "messagecontext.h"
#include "qlikvocabulary.h"

#include <QBuffer>
#include <QXmlStreamReader>

#include <vector>

namespace Qonduit {

namespace {

struct Element
{
    QByteArray name;
    QString text;
    bool opened = false; // emitted as a record; a leaf is emitted as a field when it closes
};

bool isBlank(const QString &text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

class Emitter
{
public:
    explicit Emitter(TreeEvents &events)
        : m_events(events)
    {
    }
    void key(const QByteArray &name)
    {
        m_events.key(std::string_view(name.constData(), std::size_t(name.size())));
    }
    void value(const QString &text)
    {
        m_buffer = text.toUtf8();
        m_events.scalar(
            ScalarKind::Untyped, std::string_view(m_buffer.constData(), std::size_t(m_buffer.size())));
    }

private:
    TreeEvents &m_events;
    QByteArray m_buffer;
};

} // namespace

ParseProblem XmlParser::parse(std::string_view text, TreeEvents &events)
{
    ParseProblem problem;
    const QByteArray bytes = QByteArray::fromRawData(text.data(), qsizetype(text.size()));
    // Read from a device, chunk by chunk: given the whole array, the reader decodes all of it into one
    // string first (twice the body in memory).
    QBuffer device;
    device.setData(bytes);
    device.open(QIODevice::ReadOnly);
    QXmlStreamReader reader(&device);
    Emitter out(events);
    static const QByteArray content = Qlik::Tables::ContentField.toString().toUtf8();
    std::vector<Element> open;
    bool sawElement = false;
    unsigned countdown = 1;
    bool stopped = false;

    // Opens an element that turned out to be a table: it has attributes, children or mixed text.
    const auto openAsRecord = [&](Element &element) {
        if (element.opened)
            return;
        element.opened = true;
        out.key(element.name);
        events.beginObject();
        // Its text so far stays: mixed content (text beside child elements) is one @Content, given
        // when the element closes, with the text after the children too.
    };

    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (--countdown == 0) {
            countdown = 4096;
            if (!events.keepGoing(reader.characterOffset())) {
                stopped = true;
                break;
            }
        }
        switch (token) {
        case QXmlStreamReader::StartElement: {
            Element element;
            element.name = reader.qualifiedName().toUtf8();
            const QXmlStreamAttributes attributes = reader.attributes();
            if (open.empty()) {
                sawElement = true;
                events.topName(std::string_view(element.name.constData(), std::size_t(element.name.size())));
                events.beginObject();
                element.opened = true;
            } else {
                openAsRecord(open.back());
                if (!attributes.isEmpty()) {
                    out.key(element.name);
                    events.beginObject();
                    element.opened = true;
                }
            }
            for (const QXmlStreamAttribute &attribute : attributes) {
                out.key(attribute.qualifiedName().toUtf8());
                out.value(attribute.value().toString());
            }
            open.push_back(std::move(element));
            break;
        }
        case QXmlStreamReader::Characters:
            // Indentation between the children of a table is no content, and must not pile up.
            if (!open.empty() && !(open.back().opened && reader.isWhitespace()))
                open.back().text += reader.text();
            break;
        case QXmlStreamReader::EndElement: {
            if (open.empty())
                break;
            Element element = std::move(open.back());
            open.pop_back();
            if (!element.opened) {
                out.key(element.name);
                out.value(element.text);
            } else {
                if (!isBlank(element.text)) {
                    out.key(content);
                    out.value(element.text);
                }
                events.endObject();
            }
            break;
        }
        default:
            break;
        }
    }
    events.keepGoing(reader.characterOffset());
    if (stopped) {
        problem.message = QStringLiteral("stopped");
    } else if (reader.hasError()) {
        const bool early = reader.error() == QXmlStreamReader::PrematureEndOfDocumentError;
        problem.message = early && sawElement
            ? Messages::ResponseParser::tr("The XML ends early: the response was cut off.")
            : !sawElement && isBlank(QString::fromUtf8(bytes.left(4096)))
            ? Messages::ResponseParser::tr("The response is empty: there is no XML to read.")
            : Messages::ResponseParser::tr("Invalid XML: %1").arg(reader.errorString());
        problem.line = reader.lineNumber();
        problem.column = reader.columnNumber() + 1;
        problem.offset = reader.characterOffset();
    }
    return problem;
}

} // namespace Qonduit
