// SPDX-License-Identifier: MIT
#include "script/scriptpage.h"

#include "codeview.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Qonduit {

ScriptPage::ScriptPage(QWidget *parent)
    : QWidget(parent)
    , m_connect(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_withConnection(new QCheckBox(tr("&WITH CONNECTION"), this))
    , m_includeSecrets(new QCheckBox(tr("Include &secrets"), this))
    , m_loopOptions(new QWidget(this))
    , m_loop(new QComboBox(m_loopOptions))
    , m_loopParameter(new QLineEdit(m_loopOptions))
    , m_loopField(new QComboBox(m_loopOptions))
    , m_pageSize(new QSpinBox(m_loopOptions))
    , m_view(new CodeView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("scriptPage"));
    auto *back = new QPushButton(tr("← Select d&ata"), this);
    back->setObjectName(QStringLiteral("scriptBackButton"));
    connect(back, &QPushButton::clicked, this, &ScriptPage::backRequested);

    setUpStatementOptions();
    setUpLoopOptions();

    const auto [copy, save, curl] = makeOutputButtons();

    m_view->setObjectName(QStringLiteral("scriptView"));
    m_view->setReadOnly(true);
    m_view->setAccessibleName(tr("Script"));
    m_view->setTabStopDistance(
        m_view->fontMetrics().horizontalAdvance(u' ') * 4); // Qlik's editor shows tabs narrow
    m_status->setObjectName(QStringLiteral("scriptStatus"));
    m_status->setWordWrap(true);

    for (QComboBox *combo : {m_connect, m_loop, m_loopField})
        connect(combo, &QComboBox::currentIndexChanged, this, &ScriptPage::regenerate);
    for (QCheckBox *check : {m_withConnection, m_includeSecrets})
        connect(check, &QCheckBox::toggled, this, &ScriptPage::regenerate);
    connect(m_name, &QLineEdit::textChanged, this, &ScriptPage::regenerate);
    connect(m_loopParameter, &QLineEdit::textChanged, this, &ScriptPage::regenerate);
    connect(m_pageSize, &QSpinBox::valueChanged, this, &ScriptPage::regenerate);

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addSpacing(12);
    top->addWidget(m_connect);
    top->addWidget(m_name, 1);
    top->addWidget(m_withConnection);
    top->addWidget(m_includeSecrets);
    auto *second = new QHBoxLayout;
    second->addWidget(m_loopOptions);
    second->addStretch();
    second->addWidget(copy);
    second->addWidget(save);
    second->addWidget(curl);
    auto *publish = new QPushButton(tr("&Publish…"), this);
    publish->setObjectName(QStringLiteral("openPublishButton"));
    publish->setToolTip(tr("Create this connection in Qlik Cloud or Qlik Sense Enterprise"));
    connect(publish, &QPushButton::clicked, this, &ScriptPage::publishRequested);
    second->addWidget(publish);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
}

void ScriptPage::setUpStatementOptions()
{
    m_connect->setObjectName(QStringLiteral("connectCombo"));
    m_connect->setAccessibleName(tr("Connect statement"));
    m_connect->addItem(tr("Qlik Sense: LIB CONNECT"), int(ScriptOptions::Connect::Library));
    m_connect->addItem(tr("QlikView: CUSTOM CONNECT"), int(ScriptOptions::Connect::Custom));
    m_name->setObjectName(QStringLiteral("connectionNameEdit"));
    m_name->setPlaceholderText(tr("Data connection name"));
    m_name->setAccessibleName(tr("Data connection name"));
    m_withConnection->setObjectName(QStringLiteral("withConnectionCheck"));
    m_withConnection->setToolTip(
        tr("Carry the URL, query parameters, headers and body in the script, to change them at "
           "load time (Qlik Cloud: the connection must allow it)"));
    m_includeSecrets->setObjectName(QStringLiteral("includeSecretsCheck"));
    m_includeSecrets->setToolTip(
        tr("Write secret header values into the script instead of $(variables) set by LET"));
}

// The loop Qlik runs for Custom pagination, which Qlik's connector leaves to the script.
void ScriptPage::setUpLoopOptions()
{
    m_loop->setObjectName(QStringLiteral("loopCombo"));
    m_loop->setAccessibleName(tr("Pagination loop"));
    m_loop->addItem(tr("No loop"), int(ScriptOptions::Loop::None));
    m_loop->addItem(tr("Offset loop"), int(ScriptOptions::Loop::Offset));
    m_loop->addItem(tr("Next token loop"), int(ScriptOptions::Loop::NextToken));
    m_loop->addItem(tr("Next URL loop"), int(ScriptOptions::Loop::NextUrl));
    m_loopParameter->setObjectName(QStringLiteral("loopParameterEdit"));
    m_loopParameter->setPlaceholderText(tr("query parameter"));
    m_loopParameter->setAccessibleName(tr("Loop query parameter"));
    m_loopField->setObjectName(QStringLiteral("loopFieldCombo"));
    m_loopField->setAccessibleName(tr("Field with the next token, URL or the records"));
    m_pageSize->setObjectName(QStringLiteral("pageSizeSpin"));
    m_pageSize->setRange(1, 1000000);
    m_pageSize->setValue(100);
    m_pageSize->setPrefix(tr("page size "));
    auto *loopLayout = new QHBoxLayout(m_loopOptions);
    loopLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *> {m_loop, m_loopParameter, m_loopField, m_pageSize})
        loopLayout->addWidget(w);
}

std::array<QPushButton *, 3> ScriptPage::makeOutputButtons()
{
    auto *copy = new QPushButton(tr("&Copy script"), this);
    copy->setObjectName(QStringLiteral("copyScriptButton"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_script);
        m_status->setText(tr("The script is on the clipboard."));
    });
    auto *save = new QPushButton(tr("Sa&ve as .qvs…"), this);
    save->setObjectName(QStringLiteral("saveScriptButton"));
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Save the script"), QString(), tr("Qlik script (*.qvs)"));
        if (!path.isEmpty())
            saveTo(path.endsWith(u".qvs") ? path : path + QStringLiteral(".qvs"));
    });
    auto *curl = new QPushButton(tr("Copy as c&url"), this);
    curl->setObjectName(QStringLiteral("copyCurlButton"));
    connect(curl, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(curlCommand(m_settings, m_includeSecrets->isChecked()));
        m_status->setText(tr("The request is on the clipboard as a curl command."));
    });
    return {copy, save, curl};
}

void ScriptPage::setInput(
    const ConnectionSettings &settings, const Schema &schema, const Selection &selection)
{
    m_settings = settings;
    m_schema = schema;
    m_selection = selection;
    if (m_name->text().isEmpty())
        m_name->setText(settings.name);
    // The loop is for Custom pagination; its defaults come from the kinds' own fields.
    const bool custom = settings.pagination.type == PaginationType::Custom;
    m_loopOptions->setVisible(custom);
    const QSignalBlocker blocker(m_loopField);
    m_loopField->clear();
    for (const SchemaTable &table : schema.tables) {
        if (table.parent == 0)
            m_loopField->addItem(tr("records in %1").arg(table.name), table.name);
    }
    if (!schema.tables.isEmpty()) {
        for (const SchemaField &field : schema.tables[0].fields) {
            if (field.role == FieldRole::Data)
                m_loopField->addItem(field.name, field.name);
        }
    }
    if (m_loopParameter->text().isEmpty()) {
        const PaginationSettings &p = settings.pagination;
        m_loopParameter->setText(
            !p.nextToken.parameterName.isEmpty() ? p.nextToken.parameterName : p.offset.startField);
    }
    regenerate();
}

ScriptOptions ScriptPage::options() const
{
    ScriptOptions options;
    options.connect = ScriptOptions::Connect(m_connect->currentData().toInt());
    options.name = m_name->text().trimmed();
    options.withConnection = m_withConnection->isChecked();
    options.includeSecrets = m_includeSecrets->isChecked();
    if (m_settings.pagination.type == PaginationType::Custom) {
        options.loop = ScriptOptions::Loop(m_loop->currentData().toInt());
        options.loopParameter = m_loopParameter->text().trimmed();
        options.loopField = m_loopField->currentData().toString();
        options.loopSizeParameter = m_settings.pagination.offset.countField.trimmed();
        options.loopPageSize = m_pageSize->value();
    }
    return options;
}

void ScriptPage::regenerate()
{
    // Secrets are written where the script carries headers: WITH CONNECTION, or QlikView's statement.
    m_includeSecrets->setEnabled(m_withConnection->isChecked()
        || ScriptOptions::Connect(m_connect->currentData().toInt()) == ScriptOptions::Connect::Custom);
    m_name->setEnabled(
        ScriptOptions::Connect(m_connect->currentData().toInt()) == ScriptOptions::Connect::Library);
    m_script = writeScript(m_settings, m_schema, m_selection, options());
    m_view->setCode(m_script, CodeView::Language::QlikScript);
    QStringList problems = m_selection.problems(m_schema);
    if (options().connect == ScriptOptions::Connect::Library && options().name.isEmpty())
        problems.prepend(tr("LIB CONNECT needs the name the connection has in Qlik: type it above."));
    m_status->setText(problems.join(u' '));
}

bool ScriptPage::saveTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_script.toUtf8()) < 0 || !file.commit()) {
        m_status->setText(tr("Cannot save %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved %1.").arg(path));
    return true;
}

} // namespace Qonduit
