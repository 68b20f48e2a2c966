// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "ArchiveText.h"
#include "Console.h"
#include "JsonText.h"
#include "PayloadFormat.h"

#include <QFile>

bool ArchiveText::isImage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(PayloadFormat::MagicSize) == QByteArrayView(PayloadFormat::Magic, PayloadFormat::MagicSize);
}

QString ArchiveText::severity(ArchiveFinding::Severity severity)
{
    switch (severity) {
    case ArchiveFinding::Severity::Error:
        return tr("error");
    case ArchiveFinding::Severity::Warning:
        return tr("warning");
    case ArchiveFinding::Severity::Info:
        return tr("note");
    }
    return {};
}

QString ArchiveText::findingLine(const QString &where, const ArchiveFinding &finding)
{
    QString place = where;
    if (!finding.member.isEmpty())
        place = tr("%1: member \"%2\"").arg(place, Console::displayName(finding.member.toUtf8()));
    if (finding.offset >= 0)
        place = tr("%1 at byte %2").arg(place).arg(finding.offset);
    return tr("%1: %2: %3").arg(place, severity(finding.severity), finding.message);
}

QString ArchiveText::modeString(ArchiveMember::Type type, int mode)
{
    char text[11];
    switch (type) {
    case ArchiveMember::Type::Directory:
        text[0] = 'd';
        break;
    case ArchiveMember::Type::Symlink:
        text[0] = 'l';
        break;
    case ArchiveMember::Type::HardLink:
        text[0] = 'h';
        break;
    case ArchiveMember::Type::CharDevice:
        text[0] = 'c';
        break;
    case ArchiveMember::Type::BlockDevice:
        text[0] = 'b';
        break;
    case ArchiveMember::Type::Fifo:
        text[0] = 'p';
        break;
    case ArchiveMember::Type::Other:
        text[0] = '?';
        break;
    case ArchiveMember::Type::File:
        text[0] = '-';
        break;
    }
    static const char letters[] = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i)
        text[1 + i] = (mode & (0400 >> i)) ? letters[i] : '-';
    // setuid, setgid and sticky as ls shows them.
    if (mode & 04000)
        text[3] = (mode & 0100) ? 's' : 'S';
    if (mode & 02000)
        text[6] = (mode & 0010) ? 's' : 'S';
    if (mode & 01000)
        text[9] = (mode & 0001) ? 't' : 'T';
    text[10] = '\0';
    return QString::fromLatin1(text);
}

QByteArray ArchiveText::memberLine(const ArchiveMember &member, int sizeWidth)
{
    QByteArray line = modeString(member.type, member.mode).toLatin1();
    line += "  ";
    const QByteArray size = QByteArray::number(member.size);
    line += QByteArray(std::max<qsizetype>(0, sizeWidth - size.size()), ' ') + size;
    line += "  ";
    line += member.modified().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1();
    line += "  ";
    line += Console::escapedName(member.rawPath);
    if (member.type == ArchiveMember::Type::Symlink)
        line += " -> " + Console::escapedName(member.rawLinkTarget);
    else if (member.type == ArchiveMember::Type::HardLink)
        line += ' ' + tr("link to %1").arg(Console::displayName(member.rawLinkTarget)).toUtf8();
    return line;
}

QString ArchiveText::kindText(const DistfileKind::Detection &kind)
{
    QString text = tr("%1 (%2)").arg(DistfileKind::key(kind.kind), DistfileKind::displayName(kind.kind));
    if (kind.kind == DistfileKind::Kind::Unsupported && !kind.format.isEmpty())
        text += QLatin1String(", ") + kind.format;
    else if (kind.kind == DistfileKind::Kind::PlainData && !kind.contentMimeType.isEmpty())
        text += QLatin1String(", ") + kind.contentMimeType;
    else if (DistfileKind::isLoneCompressed(kind.kind) && !kind.innerMimeType.isEmpty())
        text += tr(", holding %1").arg(kind.innerMimeType);
    return text;
}

QString ArchiveText::statusWord(const ArchiveReport &report)
{
    if (report.status != ArchiveReport::Status::Ok)
        return ArchiveReport::statusKey(report.status);
    return report.passed() ? QStringLiteral("OK") : QStringLiteral("unsafe");
}

QString ArchiveText::failureText(const ArchiveReport &report)
{
    if (report.status != ArchiveReport::Status::Ok && !report.message.isEmpty())
        return report.message;
    for (const ArchiveFinding &f : report.findings) {
        if (f.severity != ArchiveFinding::Severity::Error)
            continue;
        QString text = f.message;
        if (!f.member.isEmpty() && f.offset >= 0)
            text += QLatin1Char(' ') +
                tr("(member \"%1\" at byte %2)").arg(Console::displayName(f.member.toUtf8())).arg(f.offset);
        return text;
    }
    return report.message;
}

QByteArray ArchiveText::jsonFindings(const ArchiveFindings &findings, int indent)
{
    if (findings.isEmpty())
        return "[]";
    const QByteArray pad(indent, ' ');
    QByteArray out = "[";
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const ArchiveFinding &f = findings.at(i);
        out += i ? ",\n" : "\n";
        out += pad + "  {\"severity\": " + JsonText::string(ArchiveFinding::severityKey(f.severity));
        out += ", \"code\": " + JsonText::string(ArchiveFinding::codeKey(f.code));
        out += ", \"member\": " + JsonText::stringOrNull(f.member);
        out += ", \"offset\": " + JsonText::numberOrNull(f.offset);
        out += ", \"message\": " + JsonText::string(f.message) + '}';
    }
    out += '\n' + pad + ']';
    return out;
}

QByteArray ArchiveText::jsonKindFields(const DistfileKind::Detection &kind, int indent)
{
    const QByteArray pad(indent, ' ');
    const bool named = kind.nameKind != DistfileKind::Kind::Unknown;
    QByteArray out;
    out += pad + "\"kind\": " + JsonText::string(DistfileKind::key(kind.kind)) + ",\n";
    out += pad + "\"kindName\": " + JsonText::string(DistfileKind::displayName(kind.kind)) + ",\n";
    out += pad + "\"nameKind\": " + (named ? JsonText::string(DistfileKind::key(kind.nameKind)) : QByteArray("null")) +
        ",\n";
    out += pad + "\"nameMatches\": " + JsonText::boolean(kind.nameMatches()) + ",\n";
    out += pad + "\"contentMimeType\": " + JsonText::stringOrNull(kind.contentMimeType) + ",\n";
    out += pad + "\"innerMimeType\": " + JsonText::stringOrNull(kind.innerMimeType) + ",\n";
    out += pad + "\"format\": " + JsonText::stringOrNull(kind.format) + ",\n";
    return out;
}

QByteArray ArchiveText::jsonReport(
    const ArchiveReport &report, const QString &image, int entry, bool withMembers, int indent)
{
    const QByteArray pad(indent + 2, ' ');
    QByteArray out = "{\n";
    out += pad + "\"name\": " + JsonText::string(report.name) + ",\n";
    out += pad + "\"source\": " + JsonText::string(report.source) + ",\n";
    out += pad + "\"image\": " + JsonText::stringOrNull(image) + ",\n";
    out += pad + "\"entry\": " + JsonText::numberOrNull(entry) + ",\n";
    out += pad + "\"size\": " + QByteArray::number(report.inputSize) + ",\n";
    out += jsonKindFields(report.kind, indent + 2);
    out += pad + "\"status\": " + JsonText::string(ArchiveReport::statusKey(report.status)) + ",\n";
    out += pad + "\"passed\": " + JsonText::boolean(report.passed()) + ",\n";
    out += pad + "\"message\": " + JsonText::stringOrNull(report.message) + ",\n";
    out += pad + "\"failedMember\": " + JsonText::stringOrNull(report.failedMember) + ",\n";
    out += pad + "\"failedInputOffset\": " + JsonText::numberOrNull(report.failedInputOffset) + ",\n";
    out += pad + "\"failedStreamOffset\": " + JsonText::numberOrNull(report.failedStreamOffset) + ",\n";
    out += pad + "\"uncompressedSize\": " + JsonText::numberOrNull(report.uncompressedSize) + ",\n";
    out += pad + "\"memberCount\": " + QByteArray::number(report.memberCount) + ",\n";
    out += pad + "\"dataChecked\": " + JsonText::boolean(report.dataChecked) + ",\n";
    if (withMembers) {
        out += pad + "\"members\": [";
        for (qsizetype i = 0; i < report.members.size(); ++i) {
            const ArchiveMember &m = report.members.at(i);
            out += i ? ",\n" : "\n";
            out += pad + "  {\"path\": " + JsonText::string(m.path());
            out += ", \"type\": " + JsonText::string(ArchiveMember::typeKey(m.type));
            out += ", \"size\": " + QByteArray::number(m.size);
            out += ", \"mode\": " + JsonText::string(QStringLiteral("%1").arg(m.mode, 4, 8, QLatin1Char('0')));
            out += ", \"linkTarget\": " + JsonText::stringOrNull(m.linkTarget());
            out += ", \"mtime\": " + QByteArray::number(m.mtime);
            out += ", \"headerOffset\": " + JsonText::numberOrNull(m.headerOffset);
            out += ", \"sparse\": " + JsonText::boolean(m.sparse) + '}';
        }
        out += report.members.isEmpty() ? QByteArray("],\n") : QByteArray("\n" + pad + "],\n");
    }
    out += pad + "\"findings\": " + jsonFindings(report.findings, indent + 2) + '\n';
    out += QByteArray(indent, ' ') + '}';
    return out;
}
