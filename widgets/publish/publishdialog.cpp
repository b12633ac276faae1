// SPDX-License-Identifier: MIT
#include "publish/publishdialog.h"

#include "codeview.h"
#include "sections/secretfield.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Qonduit {

PublishDialog::PublishDialog(const ConnectionSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_publisher(new Publisher(this))
    , m_kind(new QComboBox(this))
    , m_server(new QLineEdit(this))
    , m_name(new QLineEdit(settings.name, this))
    , m_targetFields(new QStackedWidget(this))
    , m_token(new SecretField(this))
    , m_space(new QComboBox(this))
    , m_headerUser(new QLineEdit(this))
    , m_pfx(new QLineEdit(this))
    , m_pfxPassword(new SecretField(this))
    , m_request(new CodeView(this))
    , m_result(new QLabel(this))
    , m_publish(new QPushButton(tr("&Publish"), this))
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish the connection"));
    m_kind->setObjectName(QStringLiteral("targetCombo"));
    m_kind->addItem(tr("Qlik Cloud"), int(PublishTarget::Kind::Cloud));
    m_kind->addItem(tr("Qlik Sense Enterprise (repository)"), int(PublishTarget::Kind::Qrs));
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(tr("https://tenant.eu.qlikcloud.com"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    buildTargetFields();

    auto *form = new QFormLayout;
    form->addRow(tr("Publish t&o:"), m_kind);
    form->addRow(tr("Se&rver:"), m_server);
    form->addRow(tr("Connection &name:"), m_name);

    m_request->setObjectName(QStringLiteral("requestView"));
    m_request->setReadOnly(true);
    m_request->setPlaceholderText(tr("Dry run shows the request here, secrets masked."));
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QDialogButtonBox *buttons = buildButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_targetFields);
    layout->addWidget(m_request, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PublishDialog::updateTargetFields);
    connect(m_publisher, &Publisher::finished, this, &PublishDialog::showResult);
    connect(m_publisher, &Publisher::spacesListed, this, [this](const SpaceList &spaces) {
        if (!spaces.problem.isEmpty()) {
            m_result->setText(spaces.problem);
            return;
        }
        m_space->clear();
        for (const auto &[id, name] : spaces.spaces)
            m_space->addItem(tr("%1 (%2)").arg(name, id), id);
        m_result->setText(tr("%n spaces.", nullptr, int(spaces.spaces.size())));
    });
    updateTargetFields();
    resize(760, 620);
}

// The fields each kind of target needs: a token and a space for the cloud, a user header and a
// client certificate for the repository; one page of m_targetFields each.
void PublishDialog::buildTargetFields()
{
    m_token->setObjectName(QStringLiteral("tokenField"));
    m_token->edit()->setObjectName(QStringLiteral("tokenEdit"));
    m_token->edit()->setPlaceholderText(tr("API key or OAuth token"));
    m_space->setObjectName(QStringLiteral("spaceCombo"));
    m_space->setEditable(true);
    m_space->setToolTip(tr("The space id; List fills this with the spaces the token may see"));
    auto *list = new QPushButton(tr("&List"), this);
    list->setObjectName(QStringLiteral("listSpacesButton"));
    connect(list, &QPushButton::clicked, this, &PublishDialog::listSpaces);
    m_headerUser->setObjectName(QStringLiteral("headerUserEdit"));
    m_headerUser->setPlaceholderText(tr("UserDirectory=INTERNAL; UserId=sa_api"));
    m_pfx->setObjectName(QStringLiteral("pfxEdit"));
    m_pfx->setPlaceholderText(tr("client.pfx exported from the QMC (port 4242)"));
    m_pfxPassword->edit()->setObjectName(QStringLiteral("pfxPasswordEdit"));

    auto *cloud = new QWidget(m_targetFields);
    auto *cloudForm = new QFormLayout(cloud);
    cloudForm->setContentsMargins(0, 0, 0, 0);
    cloudForm->addRow(tr("&Token:"), m_token);
    auto *spaceRow = new QHBoxLayout;
    spaceRow->addWidget(m_space, 1);
    spaceRow->addWidget(list);
    // A row of a layout has no buddy of its own: the label points at the combo, so Alt+S reaches it.
    auto *spaceLabel = new QLabel(tr("&Space:"), cloud);
    spaceLabel->setBuddy(m_space);
    cloudForm->addRow(spaceLabel, spaceRow);
    auto *qrs = new QWidget(m_targetFields);
    auto *qrsForm = new QFormLayout(qrs);
    qrsForm->setContentsMargins(0, 0, 0, 0);
    qrsForm->addRow(tr("&Header user (proxy):"), m_headerUser);
    qrsForm->addRow(tr("Client &certificate:"), m_pfx);
    qrsForm->addRow(tr("Certificate pass&word:"), m_pfxPassword);
    m_targetFields->addWidget(cloud);
    m_targetFields->addWidget(qrs);
}

QDialogButtonBox *PublishDialog::buildButtons()
{
    auto *dry = new QPushButton(tr("&Dry run"), this);
    dry->setObjectName(QStringLiteral("dryRunButton"));
    connect(dry, &QPushButton::clicked, this, &PublishDialog::dryRun);
    auto *curl = new QPushButton(tr("Copy as c&url"), this);
    curl->setObjectName(QStringLiteral("copyCurlButton"));
    connect(curl, &QPushButton::clicked, this, [this] {
        const auto request = Publisher::requestFor(m_settings, target());
        if (request)
            QGuiApplication::clipboard()->setText(request.value().curl());
        m_result->setText(
            request ? tr("The request is on the clipboard; secrets are shell variables.") : request.error());
    });
    m_publish->setObjectName(QStringLiteral("publishButton"));
    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::publish);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addButton(dry, QDialogButtonBox::ActionRole);
    buttons->addButton(curl, QDialogButtonBox::ActionRole);
    buttons->addButton(m_publish, QDialogButtonBox::ActionRole);
    return buttons;
}

void PublishDialog::updateTargetFields()
{
    const bool cloud = PublishTarget::Kind(m_kind->currentData().toInt()) == PublishTarget::Kind::Cloud;
    m_targetFields->setCurrentIndex(cloud ? 0 : 1);
    m_server->setPlaceholderText(
        cloud ? tr("https://tenant.eu.qlikcloud.com") : tr("https://sense.example.com:4242"));
}

PublishTarget PublishDialog::target() const
{
    PublishTarget target;
    target.kind = PublishTarget::Kind(m_kind->currentData().toInt());
    target.server = QUrl(m_server->text().trimmed());
    target.name = m_name->text().trimmed();
    target.token = m_token->edit()->text();
    const QVariant space = m_space->currentData();
    target.spaceId = space.isValid() && m_space->currentText() == m_space->itemText(m_space->currentIndex())
        ? space.toString()
        : m_space->currentText().trimmed();
    target.headerUser = m_headerUser->text().trimmed();
    target.pfxPath = m_pfx->text().trimmed();
    target.pfxPassword = m_pfxPassword->edit()->text();
    return target;
}

void PublishDialog::dryRun()
{
    const auto requests = Publisher::requestsFor(m_settings, target());
    if (!requests) {
        m_result->setText(requests.error());
        return;
    }
    QStringList described;
    for (const PublishRequest &request : requests.value())
        described.append(request.describe());
    m_request->setCode(described.join(QStringLiteral("\n\n")), CodeView::Language::Plain);
    m_result->setText(requests.value().size() > 1
            ? tr("These are the requests Publish sends: the token connection first, then the data "
                 "connection; secrets are masked here only.")
            : tr("This is the request Publish sends; secrets are masked here only."));
}

void PublishDialog::publish()
{
    m_publish->setEnabled(false);
    m_result->setText(tr("Publishing…"));
    m_publisher->publish(m_settings, target());
}

void PublishDialog::listSpaces()
{
    m_result->setText(tr("Listing the spaces…"));
    m_publisher->listSpaces(target());
}

void PublishDialog::showResult(const PublishResult &result)
{
    m_publish->setEnabled(true);
    QString text
        = (result.succeeded() ? QStringLiteral("\u2714 ") : QStringLiteral("\u2716 ")) + result.sentence;
    if (!result.id.isEmpty())
        text += u' ' + tr("Id: %1.").arg(result.id);
    if (!result.connectStatement.isEmpty())
        text += u'\n' + result.connectStatement;
    m_result->setText(text);
}

} // namespace Qonduit
