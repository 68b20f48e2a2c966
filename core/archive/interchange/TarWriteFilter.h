// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QIODevice>

// The device KTar writes to when exporting, passing every byte on to `sink` (the compression
// device) with two corrections KTar needs:
// - KTar stamps the current time into the GNU long-name header (type 'L') it writes before a name of
//   100 bytes or more; this filter puts the export's fixed time there (and fixes the header's
//   checksum), so that the same image always gives the same tar;
// - KArchive::close() closes the device it writes to; closing this filter leaves `sink` open, so
//   the end-of-archive blocks can still be written and the compression finished by its owner.
class TarWriteFilter : public QIODevice
{
    Q_OBJECT
public:
    TarWriteFilter(QIODevice *sink, qint64 mtime, QObject *parent = nullptr);
    ~TarWriteFilter() override;

    bool open(OpenMode mode) override; // WriteOnly only
    bool isSequential() const override { return true; }

    // Bytes passed on so far.
    qint64 written() const { return m_written; }
    // Set while KTar writes a member's headers (around KArchive::prepareWriting()), so that only
    // header blocks are ever looked at, never the bytes of an entry that happens to be a tar.
    void setWritingHeaders(bool on) { m_headers = on; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QIODevice *m_sink;
    QByteArray m_stamp; // 11 octal digits
    qint64 m_written = 0;
    bool m_headers = false;
};
