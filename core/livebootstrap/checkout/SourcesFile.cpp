// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "SourcesFile.h"

#include <QRegularExpression>

namespace {
bool isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}
} // namespace

QList<DistfileSource> SourcesFile::parse(
    const QByteArray &data, const QString &path, const QString &step, CheckoutFindings *findings)
{
    QList<DistfileSource> sources;
    auto report = [&](CheckoutFinding::Severity severity, int line, const QString &message) {
        if (findings)
            findings->append(CheckoutFinding{severity, path, line, message});
    };
    QList<QByteArray> lines = data.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // the final line break ends the last line, it starts none
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        QString text = QString::fromUtf8(lines.at(i));
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        const QString trimmed = text.trimmed();
        if (trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (trimmed.isEmpty()) {
            report(CheckoutFinding::Severity::Error, lineNumber,
                tr("blank line; upstream's generator stops with an error on it"));
            continue;
        }
        QStringList fields = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (trimmed.contains(QLatin1String("  ")) || trimmed.contains(QLatin1Char('\t'))) {
            fields = trimmed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            report(CheckoutFinding::Severity::Warning, lineNumber,
                tr("fields are separated by more than one space or by tabs; upstream's generator misreads such a line"));
        }
        const QString kind = fields.constFirst();
        DistfileSource source;
        source.step = step;
        source.sourcesFile = path;
        source.line = lineNumber;
        if (kind == QLatin1String("g")) {
            source.kind = DistfileSource::Kind::GitSnapshot;
            if (fields.size() < 4) {
                report(CheckoutFinding::Severity::Error, lineNumber,
                    tr("a g line needs a repository~ref, a URL (or _) and a SHA-256; it has %n field(s)", nullptr,
                        int(fields.size() - 1)));
                continue;
            }
            source.gitRef = fields.at(1);
            fields.removeAt(1); // upstream drops the repository and reads the rest like an f line
        } else if (kind != QLatin1String("f")) {
            report(CheckoutFinding::Severity::Error, lineNumber,
                tr("\"%1\" is not a kind of source (f or g); the line is ignored").arg(kind));
            continue;
        } else if (fields.size() < 3) {
            report(CheckoutFinding::Severity::Error, lineNumber,
                tr("an f line needs a URL and a SHA-256; it has %n field(s)", nullptr, int(fields.size() - 1)));
            continue;
        }
        if (fields.size() > 4)
            report(CheckoutFinding::Severity::Warning, lineNumber,
                tr("%n field(s) after the file name are ignored", nullptr, int(fields.size() - 4)));
        const QString url = fields.at(1);
        source.url = url == QLatin1String("_") ? QString() : url;
        if (!isSha256Hex(fields.at(2))) {
            report(CheckoutFinding::Severity::Error, lineNumber,
                tr("\"%1\" is not a SHA-256 (64 lower-case hex digits)").arg(fields.at(2)));
            continue;
        }
        source.sha256 = fields.at(2).toLatin1();
        if (fields.size() > 3) {
            source.fileName = fields.at(3);
        } else if (source.url.isEmpty()) {
            report(CheckoutFinding::Severity::Error, lineNumber,
                tr("the URL is _ and no file name is given, so the distfile has no name"));
            continue;
        } else {
            source.fileName = url.mid(url.lastIndexOf(QLatin1Char('/')) + 1);
        }
        if (source.fileName.isEmpty() || source.fileName.contains(QLatin1Char('/'))
            || source.fileName == QLatin1String(".") || source.fileName == QLatin1String("..")) {
            report(CheckoutFinding::Severity::Error, lineNumber,
                tr("\"%1\" cannot be a distfile's name").arg(source.fileName));
            continue;
        }
        sources.append(source);
    }
    return sources;
}
