// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FirstImageFixture.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cctype>

namespace {

constexpr qint64 Sector = 512;
constexpr qint64 MiB = 1024 * 1024;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A boot sector that is no program, only the signature: enough for every reader, which looks
// at the signature and the text behind it, never at the code.
QByteArray fakeStage1()
{
    QByteArray sector(Sector, '\0');
    sector[0] = char(0xEB); // jmp $: a sector that at least does not run into garbage
    sector[1] = char(0xFE);
    sector[510] = char(0x55);
    sector[511] = char(0xAA);
    return sector;
}

QByteArray fakeStage2()
{
    return QByteArrayLiteral("# builder-hex0 stage 2 stand-in for tests: no known revision\n"
                             "# it is text only, as the real one is, and never boots\n"
                             "90 90 90 90 ; nop nop nop nop\n"
                             "EB FE       ; jmp $\n");
}

} // namespace

FirstImageFixture::FirstImageFixture(Stage2 stage2)
{
    if (stage2 == Stage2::Real && hasRealBuilderHex0()) {
        const QDir dir(realBuilderHex0Dir());
        m_stage1 = hex0ToBytes(readAll(dir.filePath(QStringLiteral("builder-hex0-x86-stage1.hex0"))));
        m_stage2 = readAll(dir.filePath(QStringLiteral("builder-hex0-x86-stage2.hex0")));
    } else {
        // Without the files (a damaged checkout) a Real fixture falls back to the stand-ins;
        // tests check hasRealBuilderHex0() first and fail.
        m_stage1 = fakeStage1();
        m_stage2 = fakeStage2();
    }
}

QString FirstImageFixture::realBuilderHex0Dir()
{
    // The copy committed as test data (tests/data/builder-hex0/README.md), so that a clone
    // tests against the real files too; FIRST_IMAGE_DATA_DIR is set by tests/support/CMakeLists.txt.
    return QStringLiteral(FIRST_IMAGE_DATA_DIR "/builder-hex0");
}

bool FirstImageFixture::hasRealBuilderHex0()
{
    const QDir dir(realBuilderHex0Dir());
    return QFile::exists(dir.filePath(QStringLiteral("builder-hex0-x86-stage1.hex0"))) &&
        QFile::exists(dir.filePath(QStringLiteral("builder-hex0-x86-stage2.hex0")));
}

QByteArray FirstImageFixture::hex0ToBytes(const QByteArray &text)
{
    QByteArray out;
    for (QByteArray line : text.split('\n')) {
        const qsizetype hash = line.indexOf('#');
        const qsizetype semicolon = line.indexOf(';');
        qsizetype cut = line.size();
        if (hash >= 0)
            cut = std::min(cut, hash);
        if (semicolon >= 0)
            cut = std::min(cut, semicolon);
        line.truncate(cut);
        QByteArray digits;
        for (const char c : std::as_const(line))
            if (std::isxdigit(static_cast<unsigned char>(c)))
                digits += c;
        out += QByteArray::fromHex(digits);
    }
    return out;
}

FirstImageFixture &FirstImageFixture::file(const QByteArray &path, const QByteArray &data)
{
    m_records.append({"src " + QByteArray::number(data.size()) + ' ' + path + '\n', data});
    return *this;
}

FirstImageFixture &FirstImageFixture::folder(const QByteArray &path)
{
    m_records.append({"src 0 " + path + '\n', {}});
    return *this;
}

FirstImageFixture &FirstImageFixture::hex0(const QByteArray &in, const QByteArray &out)
{
    m_records.append({"hex0 " + in + ' ' + out + '\n', {}});
    return *this;
}

FirstImageFixture &FirstImageFixture::command(const QByteArray &program, const QByteArray &argument)
{
    m_records.append({program + ' ' + argument + '\n', {}});
    return *this;
}

FirstImageFixture &FirstImageFixture::raw(const QByteArray &bytes)
{
    m_records.append({bytes, {}});
    return *this;
}

FirstImageFixture &FirstImageFixture::setStage1(const QByteArray &sector)
{
    m_stage1 = sector;
    return *this;
}

FirstImageFixture &FirstImageFixture::setStage2(const QByteArray &text)
{
    m_stage2 = text;
    return *this;
}

FirstImageFixture &FirstImageFixture::setTerminated(bool terminated)
{
    m_terminated = terminated;
    return *this;
}

FirstImageFixture &FirstImageFixture::setMiBPadding(bool padded)
{
    m_mibPadding = padded;
    return *this;
}

qint64 FirstImageFixture::scriptStart() const
{
    const qint64 end = m_stage1.size() + m_stage2.size();
    return (end + Sector - 1) / Sector * Sector;
}

qint64 FirstImageFixture::recordOffset(int index) const
{
    qint64 offset = scriptStart();
    for (int i = 0; i < index && i < m_records.size(); ++i)
        offset += m_records.at(i).line.size() + m_records.at(i).data.size();
    return offset;
}

qint64 FirstImageFixture::dataOffset(int index) const
{
    return recordOffset(index) + m_records.value(index).line.size();
}

QByteArray FirstImageFixture::bytes() const
{
    QByteArray out = m_stage1 + m_stage2;
    out.append(QByteArray(scriptStart() - out.size(), '\0'));
    for (const Record &r : m_records)
        out += r.line + r.data;
    if (m_terminated)
        out += '\0';
    if (m_mibPadding)
        out.append(QByteArray(MiB - out.size() % MiB, '\0'));
    return out;
}

bool FirstImageFixture::write(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes()) >= 0 && file.commit())
        return true;
    if (error)
        *error = path + QLatin1String(": ") + file.errorString();
    return false;
}
