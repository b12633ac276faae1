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

// Turns the reader's tokens into tree events: an element with attributes, children or mixed text is a
// record, a leaf a field, given when it closes.
class ElementStack
{
public:
    explicit ElementStack(TreeEvents &events)
        : m_events(events)
        , m_out(events)
    {
    }
    bool sawElement() const { return m_sawElement; }

    void start(const QXmlStreamReader &reader)
    {
        Element element;
        element.name = reader.qualifiedName().toUtf8();
        const QXmlStreamAttributes attributes = reader.attributes();
        if (m_open.empty()) {
            m_sawElement = true;
            m_events.topName(std::string_view(element.name.constData(), std::size_t(element.name.size())));
            m_events.beginObject();
            element.opened = true;
        } else {
            openAsRecord(m_open.back());
            if (!attributes.isEmpty()) {
                m_out.key(element.name);
                m_events.beginObject();
                element.opened = true;
            }
        }
        for (const QXmlStreamAttribute &attribute : attributes) {
            m_out.key(attribute.qualifiedName().toUtf8());
            m_out.value(attribute.value().toString());
        }
        m_open.push_back(std::move(element));
    }

    void characters(const QXmlStreamReader &reader)
    {
        // Indentation between the children of a table is no content, and must not pile up.
        if (!m_open.empty() && !(m_open.back().opened && reader.isWhitespace()))
            m_open.back().text += reader.text();
    }

    void end()
    {
        if (m_open.empty())
            return;
        Element element = std::move(m_open.back());
        m_open.pop_back();
        if (!element.opened) {
            m_out.key(element.name);
            m_out.value(element.text);
            return;
        }
        if (!isBlank(element.text)) {
            static const QByteArray content = Qlik::Tables::ContentField.toString().toUtf8();
            m_out.key(content);
            m_out.value(element.text);
        }
        m_events.endObject();
    }

private:
    // Opens an element that turned out to be a table: it has attributes, children or mixed text.
    void openAsRecord(Element &element)
    {
        if (element.opened)
            return;
        element.opened = true;
        m_out.key(element.name);
        m_events.beginObject();
        // Its text so far stays: mixed content (text beside child elements) is one @Content, given
        // when the element closes, with the text after the children too.
    }

    TreeEvents &m_events;
    Emitter m_out;
    std::vector<Element> m_open;
    bool m_sawElement = false;
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
    ElementStack elements(events);
    unsigned countdown = 1;
    bool stopped = false;

    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (--countdown == 0) {
            countdown = 4096;
            if (!events.keepGoing(reader.characterOffset())) {
                stopped = true;
                break;
            }
        }
        if (token == QXmlStreamReader::StartElement)
            elements.start(reader);
        else if (token == QXmlStreamReader::Characters)
            elements.characters(reader);
        else if (token == QXmlStreamReader::EndElement)
            elements.end();
    }
    events.keepGoing(reader.characterOffset());
    const bool sawElement = elements.sawElement();
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
