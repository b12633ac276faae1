// SPDX-License-Identifier: MIT
#pragma once

#include "schema/treeevents.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace Qonduit {

// Passes parser events on to another receiver and picks out what pagination needs on the way: the
// first value at each watched path (a total, a token, a next URL, an is-last flag) and how many records
// the data path holds. Paths are slash-separated property names, `root/` (or an XML document
// element's name) first or not; array levels do not count.
class PathProbe final : public TreeEvents
{
public:
    explicit PathProbe(TreeEvents &next)
        : m_next(next)
    {
    }

    int watch(const QString &path); // an index for value(); an empty path is never found
    void setDataPath(const QString &path); // empty: the top-level array, or the top object's first array
    std::optional<QString> value(int watched) const; // nullopt when the path was not met or was null
    qint64 records() const; // -1 when no array was found

    void topName(std::string_view name) override;
    void beginObject() override;
    void endObject() override;
    void beginArray() override;
    void endArray() override;
    void key(std::string_view name) override;
    void scalar(ScalarKind kind, std::string_view text) override;
    bool keepGoing(qint64 bytesRead) override { return m_next.keepGoing(bytesRead); }
    void note(const QString &text) override { m_next.note(text); }

private:
    struct Container
    {
        bool isArray = false;
        bool named = false; // opened as the value of a key: its name is part of the path
        bool isData = false; // the array (or object) whose elements are counted
    };
    std::vector<std::string> split(const QString &path) const;
    bool atPath(const std::vector<std::string> &path, std::string_view last) const;
    void beforeValue(bool container);
    void closeContainer();

    TreeEvents &m_next;
    std::string m_topName;
    std::vector<std::vector<std::string>> m_watched;
    std::vector<QString> m_rawWatched;
    std::vector<std::optional<QString>> m_values;
    std::vector<std::string> m_dataPath;
    bool m_dataPathSet = false;
    bool m_dataFound = false;
    qint64 m_records = -1;
    std::vector<Container> m_open;
    std::vector<std::string> m_path; // names of the named containers that are open
    std::string m_key;
    bool m_haveKey = false;
};

} // namespace Qonduit
