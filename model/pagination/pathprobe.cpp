// SPDX-License-Identifier: MIT
#include "pagination/pathprobe.h"

namespace Qonduit {

std::vector<std::string> PathProbe::split(const QString &path) const
{
    std::vector<std::string> parts;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts))
        parts.push_back(part.trimmed().toStdString());
    return parts;
}

int PathProbe::watch(const QString &path)
{
    m_rawWatched.push_back(path);
    m_watched.push_back(split(path));
    m_values.emplace_back();
    return int(m_watched.size()) - 1;
}

void PathProbe::setDataPath(const QString &path)
{
    m_dataPath = split(path);
    m_dataPathSet = !m_dataPath.empty();
}

std::optional<QString> PathProbe::value(int watched) const
{
    return watched >= 0 && watched < int(m_values.size()) ? m_values[watched] : std::nullopt;
}

qint64 PathProbe::records() const
{
    return m_records;
}

void PathProbe::topName(std::string_view name)
{
    m_topName = name;
    m_next.topName(name);
}

bool PathProbe::atPath(const std::vector<std::string> &path, std::string_view last) const
{
    // The path may start with root/ or with the document element's name: both name the top.
    std::size_t skip = 0;
    if (!path.empty() && (path[0] == "root" || (!m_topName.empty() && path[0] == m_topName))
        && path.size() == m_path.size() + 2)
        skip = 1;
    if (path.size() != m_path.size() + 1 + skip)
        return false;
    for (std::size_t i = 0; i < m_path.size(); ++i) {
        if (path[i + skip] != m_path[i])
            return false;
    }
    return path.back() == last;
}

void PathProbe::beforeValue(bool container)
{
    // An element of the data array is a record.
    if (!m_open.empty() && m_open.back().isData && m_open.back().isArray)
        ++m_records;
    if (container) {
        Container open;
        open.named = m_haveKey;
        m_open.push_back(open);
    }
}

void PathProbe::beginObject()
{
    const bool named = m_haveKey;
    const std::string key = m_key;
    const bool isData = named && !m_dataFound && m_dataPathSet && atPath(m_dataPath, key);
    beforeValue(true);
    if (named)
        m_path.push_back(key);
    if (isData) {
        m_dataFound = true;
        m_records = 1; // an object at the data path is one record
    }
    m_haveKey = false;
    m_next.beginObject();
}

void PathProbe::beginArray()
{
    const bool named = m_haveKey;
    const std::string key = m_key;
    bool isData = false;
    if (!m_dataFound) {
        if (m_dataPathSet)
            isData = named && atPath(m_dataPath, key);
        else // no data path: the top-level array, or the top object's first array
            isData = m_open.empty() || (m_open.size() == 1 && !m_open[0].isArray && named);
    }
    beforeValue(true);
    m_open.back().isArray = true;
    if (named)
        m_path.push_back(key);
    if (isData) {
        m_dataFound = true;
        m_open.back().isData = true;
        m_records = 0;
    }
    m_haveKey = false;
    m_next.beginArray();
}

void PathProbe::closeContainer()
{
    if (!m_open.empty()) {
        if (m_open.back().named && !m_path.empty())
            m_path.pop_back();
        m_open.pop_back();
    }
}

void PathProbe::endObject()
{
    closeContainer();
    m_next.endObject();
}

void PathProbe::endArray()
{
    closeContainer();
    m_next.endArray();
}

void PathProbe::key(std::string_view name)
{
    m_key.assign(name);
    m_haveKey = true;
    m_next.key(name);
}

void PathProbe::scalar(ScalarKind kind, std::string_view text)
{
    beforeValue(false);
    if (m_haveKey) {
        for (std::size_t i = 0; i < m_watched.size(); ++i) {
            if (!m_values[i] && !m_watched[i].empty() && kind != ScalarKind::Null
                && atPath(m_watched[i], m_key))
                m_values[i] = QString::fromUtf8(text.data(), qsizetype(text.size()));
        }
    }
    m_haveKey = false;
    m_next.scalar(kind, text);
}

} // namespace Qonduit
