// SPDX-License-Identifier: MIT
#include "selectdata/fieldlistmodel.h"

#include <QFont>
#include <QLocale>

namespace Qonduit {

FieldListModel::FieldListModel(Selection *selection, QObject *parent)
    : QAbstractTableModel(parent)
    , m_selection(selection)
{
}

void FieldListModel::setTable(const Schema &schema, int table)
{
    beginResetModel();
    m_schema = schema;
    m_table = table >= 0 && table < schema.tables.size() ? table : -1;
    m_fields.clear();
    if (m_table >= 0) {
        const QList<SchemaField> &fields = m_schema.tables[m_table].fields;
        for (int i = 0; i < fields.size(); ++i) {
            if (fields[i].role == FieldRole::Data || m_schema.keys != KeyGenerationStrategy::NoKeys)
                m_fields.append(i);
        }
    }
    endResetModel();
    countLoadedNames();
}

void FieldListModel::countLoadedNames()
{
    // Every loaded name over the whole schema, for the clash notes: computed once per change, not
    // per painted cell.
    m_loadedBy.clear();
    for (const SchemaTable &table : std::as_const(m_schema.tables)) {
        if (!m_selection->isTableSelected(table))
            continue;
        for (const SchemaField &field : table.fields) {
            if (field.role == FieldRole::Data && m_selection->isFieldSelected(table, field))
                m_loadedBy[m_selection->loadedName(table, field)].append(table.name + u'.' + field.name);
        }
    }
}

const SchemaField *FieldListModel::fieldAt(int row) const
{
    if (m_table < 0 || row < 0 || row >= m_fields.size())
        return nullptr;
    return &m_schema.tables[m_table].fields[m_fields[row]];
}

int FieldListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int FieldListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FieldListModel::note(const SchemaField &field) const
{
    const SchemaTable &owner = m_schema.tables[m_table];
    const QString table = owner.name;
    if (field.role == FieldRole::Key)
        return tr("key: links this table's rows to its child tables");
    if (field.role == FieldRole::ForeignKey)
        return tr("key: the parent row's %1").arg(m_schema.tables[m_schema.tables[m_table].parent].name);
    QStringList notes;
    if (field.isRenamed())
        notes.append(tr("\"%1\" repeats in the response: Qlik names it %2. Rename it to say what it is.")
                         .arg(field.sourceName, field.name));
    const QString loaded = m_selection->loadedName(owner, field);
    for (const QString &other : m_loadedBy.value(loaded)) {
        if (other != table + u'.' + field.name)
            notes.append(tr("%1 is loaded as %2 too: Qlik would link the tables by it").arg(other, loaded));
    }
    return notes.join(u' ');
}

QVariant FieldListModel::data(const QModelIndex &index, int role) const
{
    const SchemaField *field = fieldAt(index.row());
    if (!field)
        return {};
    const SchemaTable &table = m_schema.tables[m_table];
    const bool isKey = field->role != FieldRole::Data;
    if (role == Qt::FontRole && isKey) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return m_selection->loadedName(table, *field);
        if (role == Qt::CheckStateRole && !isKey)
            return m_selection->isFieldSelected(table, *field) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return field->sourceName == m_selection->loadedName(table, *field)
                ? field->sourceName
                : tr("%1 in the response").arg(field->sourceName);
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return fieldTypeLabel(field->type);
        break;
    case FilledColumn:
        if (role == Qt::DisplayRole) {
            const double percent
                = table.rows > 0 ? 100.0 * double(field->filled()) / double(table.rows) : 0.0;
            return tr("%1% (%2 of %3)")
                .arg(percent, 0, 'f', percent < 99.95 && percent > 0 ? 1 : 0)
                .arg(QLocale().toString(field->filled()), QLocale().toString(table.rows));
        }
        if (role == Qt::ToolTipRole)
            return tr("%1 rows have the field, %2 of them null").arg(field->present).arg(field->nulls);
        break;
    case SamplesColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return field->samples.join(QStringLiteral(", "));
        break;
    case NoteColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return note(*field);
        break;
    default:
        break;
    }
    return {};
}

bool FieldListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const SchemaField *field = fieldAt(index.row());
    if (!field || index.column() != NameColumn || field->role != FieldRole::Data)
        return false;
    const SchemaTable &table = m_schema.tables[m_table];
    if (role == Qt::CheckStateRole) {
        m_selection->setFieldSelected(table, *field, value.value<Qt::CheckState>() == Qt::Checked);
    } else if (role == Qt::EditRole) {
        m_selection->setRename(table, *field, value.toString());
    } else {
        return false;
    }
    countLoadedNames();
    // A rename may clash with (or stop clashing with) any other row: the notes column changes too.
    emit dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    emit selectionEdited();
    return true;
}

Qt::ItemFlags FieldListModel::flags(const QModelIndex &index) const
{
    const SchemaField *field = fieldAt(index.row());
    if (!field)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn && field->role == FieldRole::Data)
        flags |= Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
    return flags;
}

QVariant FieldListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Field");
    case TypeColumn:
        return tr("Type");
    case FilledColumn:
        return tr("Filled");
    case SamplesColumn:
        return tr("Samples");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace Qonduit
