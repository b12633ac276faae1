// SPDX-License-Identifier: MIT
#include "paginationsection.h"

#include "fieldid.h"
#include <QCheckBox>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>

namespace Qonduit {

PaginationSection::PaginationSection(QWidget *parent)
    : ConnectionSection(QStringLiteral("pagination"), tr("Pagination"), parent)
    , m_type(new QComboBox(this))
    , m_typeNote(nullptr)
{
    addItem(m_type, tr("None"), PaginationType::None);
    addItem(m_type, tr("Offset"), PaginationType::Offset);
    addItem(m_type, tr("Next page"), PaginationType::NextPage);
    addItem(m_type, tr("Next token"), PaginationType::NextToken);
    addItem(m_type, tr("Next URL"), PaginationType::NextUrl);
    addItem(m_type, tr("Custom"), PaginationType::Custom);
    m_type->setMaximumWidth(200);
    addRow(FieldId::Pagination::Type, tr("Pa&gination type"), m_type,
        tr("How the REST API returns its data page by page. Field names are the names as the source returns "
           "them; a path is slash-separated, for example root/meta/total."));
    m_typeNote = addNote(QString());
    m_typeNote->setObjectName(QStringLiteral("pagination.type.note"));

    addOffsetFields();
    addNextPageFields();
    addNextTokenAndUrlFields();

    connect(m_type, &QComboBox::currentIndexChanged, this, &PaginationSection::updateVisibility);
    updateVisibility();
}

// The fields of each type in the order of Qlik's dialog (docs/qlik-formats.md, 1.4).
void PaginationSection::addOffsetFields()
{
    using P = PaginationSettings;
    const auto Offset = PaginationType::Offset;
    addText(Offset, FieldId::Pagination::Offset::StartField, tr("&Start parameter"),
        tr("The name of the parameter that says from which record to read."),
        [](P &p) { return &p.offset.startField; });
    addFlag(Offset, FieldId::Pagination::Offset::StartFieldIsHeader, tr("Send start as a header"),
        tr("Send the start value as an HTTP header instead of a query parameter."),
        [](P &p) { return &p.offset.startFieldIsHeader; });
    addText(Offset, FieldId::Pagination::Offset::StartValue, tr("Start &value"),
        tr("The start value of the first request, a whole number."),
        [](P &p) { return &p.offset.startValue; });
    addText(Offset, FieldId::Pagination::Offset::CountField, tr("&Count parameter"),
        tr("The name of the parameter that says how many records to read."),
        [](P &p) { return &p.offset.countField; });
    addFlag(Offset, FieldId::Pagination::Offset::CountFieldIsHeader, tr("Send count as a header"),
        tr("Send the count as an HTTP header instead of a query parameter."),
        [](P &p) { return &p.offset.countFieldIsHeader; });
    addText(Offset, FieldId::Pagination::Offset::CountValue, tr("Count va&lue"),
        tr("How many records to ask for per request, a whole number."),
        [](P &p) { return &p.offset.countValue; });
    addText(Offset, FieldId::Pagination::Offset::TotalPath, tr("T&otal records path"),
        tr("Where the response says how many records there are; paging stops there."),
        [](P &p) { return &p.offset.totalPath; });
    addText(Offset, FieldId::Pagination::Offset::DataPath, tr("&Data path"),
        tr("Where the records of a page are; paging stops at a page with none."),
        [](P &p) { return &p.offset.dataPath; });
}

void PaginationSection::addNextPageFields()
{
    using P = PaginationSettings;
    const auto NextPage = PaginationType::NextPage;
    addText(NextPage, FieldId::Pagination::NextPage::ParameterName, tr("&Page parameter"),
        tr("The name of the parameter that carries the page number."),
        [](P &p) { return &p.nextPage.parameterName; });
    addFlag(NextPage, FieldId::Pagination::NextPage::ParameterIsHeader, tr("Send page as a header"),
        tr("Send the page number as an HTTP header instead of a query parameter."),
        [](P &p) { return &p.nextPage.parameterIsHeader; });
    addText(NextPage, FieldId::Pagination::NextPage::InitialValue, tr("&First page"),
        tr("The number of the first page, usually 0 or 1."), [](P &p) { return &p.nextPage.initialValue; });
    addText(NextPage, FieldId::Pagination::NextPage::SizeParameterName, tr("Page si&ze parameter"),
        tr("The name of the parameter that carries the page size."),
        [](P &p) { return &p.nextPage.sizeParameterName; });
    addText(NextPage, FieldId::Pagination::NextPage::SizeValue, tr("Page size &value"),
        tr("How many records per page, a whole number."), [](P &p) { return &p.nextPage.sizeValue; });
    addText(NextPage, FieldId::Pagination::NextPage::TotalPagesPath, tr("T&otal pages path"),
        tr("Where the response says how many pages there are."),
        [](P &p) { return &p.nextPage.totalPagesPath; });
    addText(NextPage, FieldId::Pagination::NextPage::IsLastPagePath, tr("&Is last page path"),
        tr("A field that is true on the last page."), [](P &p) { return &p.nextPage.isLastPagePath; });
    addText(NextPage, FieldId::Pagination::NextPage::DataPath, tr("&Data path"),
        tr("Where the records of a page are; paging stops at a page with none."),
        [](P &p) { return &p.nextPage.dataPath; });
}

void PaginationSection::addNextTokenAndUrlFields()
{
    using P = PaginationSettings;
    const auto NextToken = PaginationType::NextToken;
    addText(NextToken, FieldId::Pagination::NextToken::ParameterName, tr("Token &parameter"),
        tr("The name of the parameter that sends the token to the next request."),
        [](P &p) { return &p.nextToken.parameterName; });
    addFlag(NextToken, FieldId::Pagination::NextToken::ParameterIsHeader, tr("Send token as a header"),
        tr("Send the token as an HTTP header instead of a query parameter."),
        [](P &p) { return &p.nextToken.parameterIsHeader; });
    addText(NextToken, FieldId::Pagination::NextToken::TokenPath, tr("Token pat&h"),
        tr("Where the response carries the next token; paging stops when it is missing or empty."),
        [](P &p) { return &p.nextToken.tokenPath; });
    addFlag(NextToken, FieldId::Pagination::NextToken::TokenPathIsHeader, tr("Read token from a header"),
        tr("The token path names a response header instead of a field of the body."),
        [](P &p) { return &p.nextToken.tokenPathIsHeader; });
    addText(NextToken, FieldId::Pagination::NextToken::IsLastPagePath, tr("&Is last page path"),
        tr("A field that is true on the last page."), [](P &p) { return &p.nextToken.isLastPagePath; });

    const auto NextUrl = PaginationType::NextUrl;
    addText(NextUrl, FieldId::Pagination::NextUrl::FieldPath, tr("Next &URL path"),
        tr("Where the response carries the next page's URL, absolute or relative; paging stops when it is "
           "missing or empty."),
        [](P &p) { return &p.nextUrl.fieldPath; });
    addFlag(NextUrl, FieldId::Pagination::NextUrl::FieldPathIsHeader, tr("Read next URL from a header"),
        tr("The path names a response header, for example Link with rel=\"next\"."),
        [](P &p) { return &p.nextUrl.fieldPathIsHeader; });
}

QLineEdit *PaginationSection::addText(PaginationType type, QStringView field, const QString &label,
    const QString &toolTip, QString *(*text)(PaginationSettings &))
{
    auto *edit = new QLineEdit(this);
    addRow(field, label, edit, toolTip);
    m_bindings.append({type, edit, text, nullptr});
    return edit;
}

QCheckBox *PaginationSection::addFlag(PaginationType type, QStringView field, const QString &label,
    const QString &toolTip, bool *(*flag)(PaginationSettings &))
{
    auto *box = new QCheckBox(label, this);
    addCheckRow(field, box, toolTip);
    m_bindings.append({type, box, nullptr, flag});
    return box;
}

void PaginationSection::updateVisibility()
{
    const PaginationType type = valueOf<PaginationType>(m_type);
    for (const Binding &binding : std::as_const(m_bindings))
        setFieldVisible(binding.widget->objectName(), binding.type == type);
    switch (type) {
    case PaginationType::None:
        m_typeNote->setText(tr("Only the first page is loaded."));
        break;
    case PaginationType::Offset:
        m_typeNote->setText(tr("Reads from a start value: each request asks for the next records after those "
                               "received."));
        break;
    case PaginationType::NextPage:
        m_typeNote->setText(tr("Asks for page after page by number, with an optional page size."));
        break;
    case PaginationType::NextToken:
        m_typeNote->setText(tr("Each response carries a token that the next request sends back."));
        break;
    case PaginationType::NextUrl:
        m_typeNote->setText(tr("Each response carries the URL of the next page. It may only lead to the "
                               "connection's host or to a URL in the whitelist."));
        break;
    case PaginationType::Custom:
        m_typeNote->setText(
            tr("You write the loop in the load script, with WITH CONNECTION in a DO WHILE loop."));
        break;
    }
}

void PaginationSection::load(const ConnectionSettings &settings)
{
    PaginationSettings pagination = settings.pagination;
    select(m_type, pagination.type);
    for (const Binding &binding : std::as_const(m_bindings)) {
        if (binding.text)
            static_cast<QLineEdit *>(binding.widget)->setText(*binding.text(pagination));
        else
            static_cast<QCheckBox *>(binding.widget)->setChecked(*binding.flag(pagination));
    }
    updateVisibility();
}

void PaginationSection::save(ConnectionSettings &settings) const
{
    PaginationSettings &pagination = settings.pagination;
    pagination.type = valueOf<PaginationType>(m_type);
    // Fields of the other types are saved too: switching the type back and forth loses nothing.
    for (const Binding &binding : m_bindings) {
        if (binding.text)
            *binding.text(pagination) = static_cast<QLineEdit *>(binding.widget)->text();
        else
            *binding.flag(pagination) = static_cast<QCheckBox *>(binding.widget)->isChecked();
    }
}

} // namespace Qonduit
