// SPDX-License-Identifier: MIT
#include "requestsection.h"

#include "fieldid.h"
#include "requestplan.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <limits>

namespace Qonduit {

RequestSection::RequestSection(QWidget *parent)
    : ConnectionSection(QStringLiteral("request"), tr("Request"), parent)
    , m_url(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_readWriteTimeout(new QSpinBox(this))
    , m_retry(new QCheckBox(tr("Retr&y failed request"), this))
    , m_retryCodes(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_body(new QPlainTextEdit(this))
    , m_bodyEncoding(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_keepAlive(new QCheckBox(tr("Send &keep-alive"), this))
    , m_expect100(new QCheckBox(tr("Add 'E&xpect: 100-continue' header"), this))
    , m_autoDetect(new QCheckBox(tr("A&uto detect response type"), this))
    , m_checkResponseType(new QCheckBox(tr("C&heck response type during 'Test connection'"), this))
    , m_keyGeneration(new QComboBox(this))
    , m_keyGenerationNote(nullptr)
{
    addUrlAndTimeoutRows();
    addMethodAndBodyRows();
    addProtocolAndResponseRows();

    connect(m_method, &QComboBox::currentIndexChanged, this, &RequestSection::updateVisibility);
    connect(m_retry, &QCheckBox::toggled, this, &RequestSection::updateVisibility);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &RequestSection::updateVisibility);
    connect(m_keyGeneration, &QComboBox::currentIndexChanged, this, &RequestSection::updateVisibility);
    updateVisibility();
}

// The rows in the order of Qlik's dialog (the seed's description of the form).
void RequestSection::addUrlAndTimeoutRows()
{
    m_url->setPlaceholderText(QStringLiteral("https://api.example.com/v1/orders"));
    m_url->setClearButtonEnabled(true);
    connect(m_url, &QLineEdit::textEdited, this, &RequestSection::urlTyped);
    addRow(FieldId::Request::Url, tr("&URL"), m_url,
        tr("The URL of the resource requested from the REST service. It must start with http:// or "
           "https:// and can include query parameters."));

    // Any whole number is accepted here, so that a string read with timeout=0 keeps it; validation
    // says what Qlik allows.
    m_timeout->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setMaximumWidth(140);
    addRow(FieldId::Request::TimeoutSeconds, tr("Time&out"), m_timeout,
        tr("The time limit in seconds for the connection to be completed. If the request takes longer, "
           "an error message is shown."));

    // The three settings of Qlik's current connector, in Qlik's words.
    m_readWriteTimeout->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    m_readWriteTimeout->setSuffix(tr(" s"));
    m_readWriteTimeout->setMaximumWidth(140);
    addRow(FieldId::Request::ReadWriteTimeoutSeconds, tr("Rea&d/write timeout"), m_readWriteTimeout,
        tr("The longest wait in seconds for the next bytes of the answer (or of the request being sent). "
           "A server that stops in the middle of an answer fails after this time."));
    addCheckRow(FieldId::Request::RetryFailedRequest, m_retry,
        tr("Send a request again when the server answers with one of the retry codes, up to %n more "
           "times, waiting a little longer each time (or as long as the server's Retry-After asks).",
            nullptr, RequestPlan::MaxRetries));
    m_retryCodes->setPlaceholderText(QStringLiteral("500,502,503,504"));
    m_retryCodes->setMaximumWidth(260);
    addRow(FieldId::Request::RetryCodes, tr("Retry c&odes"), m_retryCodes,
        tr("The HTTP status codes, joined by commas, on which a failed request is sent again."));
}

void RequestSection::addMethodAndBodyRows()
{
    addItem(m_method, QStringLiteral("GET"), HttpMethod::Get);
    addItem(m_method, QStringLiteral("POST"), HttpMethod::Post);
    m_method->setMaximumWidth(140);
    addRow(FieldId::Request::Method, tr("&Method"), m_method,
        tr("GET retrieves information from the resource and does not change the state of the server. "
           "POST creates a new entry in the resource, specified in the request body."));

    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(QStringLiteral("{\"from\": \"2024-01-01\"}"));
    m_body->setMinimumHeight(m_body->fontMetrics().height() * 4);
    m_body->setMaximumHeight(m_body->fontMetrics().height() * 8);
    addRow(FieldId::Request::RequestBody, tr("Request &body"), m_body,
        tr("The data posted to the resource with the POST method. It is sent without any transformation: "
           "to send x-www-form-urlencoded data, encode it yourself."));

    m_bodyEncoding->setEditable(true);
    m_bodyEncoding->addItems({QStringLiteral("UTF-8"), QStringLiteral("UTF-16"), QStringLiteral("ISO-8859-1"),
        QStringLiteral("windows-1252"), QStringLiteral("US-ASCII")});
    m_bodyEncoding->setMaximumWidth(200);
    addRow(FieldId::Request::BodyEncoding, tr("Body &encoding"), m_bodyEncoding,
        tr("The character encoding of the request body."));
}

void RequestSection::addProtocolAndResponseRows()
{
    addItem(m_protocol, QStringLiteral("1.1"), HttpProtocol::Http11);
    addItem(m_protocol, QStringLiteral("1.0"), HttpProtocol::Http10);
    m_protocol->setMaximumWidth(140);
    addRow(FieldId::Request::HttpProtocol, tr("HTTP &protocol"), m_protocol,
        tr("Version 1.1 is the default: the newest version, with persistent connections. Choose 1.0 if the "
           "server requires it, and then whether to send keep-alive messages."));

    addCheckRow(FieldId::Request::KeepAlive, m_keepAlive,
        tr("With HTTP 1.0, ask the server to keep the connection open between requests."));
    addCheckRow(FieldId::Request::SendExpect100Continue, m_expect100,
        tr("For servers that answer 100 (Continue): the request carries Expect: 100-continue instead of "
           "the body, which is sent after the server's 100 response."));
    addCheckRow(FieldId::Request::AutoDetectResponseType, m_autoDetect,
        tr("Detect the data format when the connection is made, so that data selection opens with the "
           "fields of the source's format. Otherwise choose the format there."));
    addCheckRow(FieldId::Request::CheckResponseTypeOnTestConnection, m_checkResponseType,
        tr("Test connection also checks that the correct data format (JSON, CSV or XML) is returned."));

    addItem(m_keyGeneration, tr("Sequence ID"), KeyGenerationStrategy::SequenceId);
    addItem(m_keyGeneration, tr("Current record"), KeyGenerationStrategy::CurrentRecord);
    addItem(m_keyGeneration, tr("Fully qualified record"), KeyGenerationStrategy::FullyQualifiedRecord);
    addItem(m_keyGeneration, tr("No keys"), KeyGenerationStrategy::NoKeys);
    m_keyGeneration->setMaximumWidth(260);
    addRow(FieldId::Request::KeyGenerationStrategy, tr("&Key generation strategy"), m_keyGeneration,
        tr("The connector generates ID fields to serve as primary and foreign keys, so that parent and "
           "child records of JSON and XML data are associated. The strategy says how."));
    m_keyGenerationNote = addNote(QString());
    m_keyGenerationNote->setObjectName(QStringLiteral("request.keyGenerationStrategy.note"));
}

void RequestSection::updateVisibility()
{
    const bool post = valueOf<HttpMethod>(m_method) == HttpMethod::Post;
    setFieldVisible(FieldId::Request::RequestBody, post);
    setFieldVisible(FieldId::Request::BodyEncoding, post);
    setFieldVisible(FieldId::Request::SendExpect100Continue, post);
    setFieldVisible(FieldId::Request::KeepAlive, valueOf<HttpProtocol>(m_protocol) == HttpProtocol::Http10);
    setFieldVisible(FieldId::Request::RetryCodes, m_retry->isChecked());

    switch (valueOf<KeyGenerationStrategy>(m_keyGeneration)) {
    case KeyGenerationStrategy::SequenceId:
        m_keyGenerationNote->setText(
            tr("Sequence ID: generates an ID for each child of a parent record. Simple "
               "and efficient, but the order of fields must be the same in every record."));
        break;
    case KeyGenerationStrategy::CurrentRecord:
        m_keyGenerationNote->setText(
            tr("Current record: a hash of all the values of the current record is its "
               "primary key; a hash of all the values of the direct parent is the "
               "foreign key."));
        break;
    case KeyGenerationStrategy::FullyQualifiedRecord:
        m_keyGenerationNote->setText(
            tr("Fully qualified record: the key is a hash of all the parent values."));
        break;
    case KeyGenerationStrategy::NoKeys:
        m_keyGenerationNote->setText(tr("No keys: keys for parent-child relationships are not shown when you "
                                        "select data, but they are still used in the SELECT statements."));
        break;
    }
}

void RequestSection::load(const ConnectionSettings &settings)
{
    const RequestSettings &r = settings.request;
    m_url->setText(r.url);
    m_timeout->setValue(r.timeoutSeconds);
    m_readWriteTimeout->setValue(r.readWriteTimeoutSeconds);
    m_retry->setChecked(r.retryFailedRequest);
    m_retryCodes->setText(r.retryCodes);
    select(m_method, r.method);
    m_body->setPlainText(r.requestBody);
    m_bodyEncoding->setCurrentText(r.bodyEncoding);
    select(m_protocol, r.httpProtocol);
    m_keepAlive->setChecked(r.keepAlive);
    m_expect100->setChecked(r.sendExpect100Continue);
    m_autoDetect->setChecked(r.autoDetectResponseType);
    m_checkResponseType->setChecked(r.checkResponseTypeOnTestConnection);
    select(m_keyGeneration, r.keyGenerationStrategy);
    updateVisibility();
}

void RequestSection::save(ConnectionSettings &settings) const
{
    RequestSettings &r = settings.request;
    r.url = m_url->text();
    r.timeoutSeconds = m_timeout->value();
    r.readWriteTimeoutSeconds = m_readWriteTimeout->value();
    r.retryFailedRequest = m_retry->isChecked();
    r.retryCodes = m_retryCodes->text();
    r.method = valueOf<HttpMethod>(m_method);
    r.requestBody = m_body->toPlainText();
    r.bodyEncoding = m_bodyEncoding->currentText();
    r.httpProtocol = valueOf<HttpProtocol>(m_protocol);
    r.keepAlive = m_keepAlive->isChecked();
    r.sendExpect100Continue = m_expect100->isChecked();
    r.autoDetectResponseType = m_autoDetect->isChecked();
    r.checkResponseTypeOnTestConnection = m_checkResponseType->isChecked();
    r.keyGenerationStrategy = valueOf<KeyGenerationStrategy>(m_keyGeneration);
}

} // namespace Qonduit
