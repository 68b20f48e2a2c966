// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CheckoutLayout.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using LayoutFindingCode = CheckoutLayout::Finding::Code;

namespace {

// What one file says: the deciding line, or nothing (and why not, when it is ambiguous).
struct LayoutVerdict
{
    std::optional<CheckoutLayout::Evidence> evidence;
    bool ambiguous = false;
    int ambiguousLine = 0; // the first line of the other width
};

// The text with C comments replaced by spaces, newlines kept, so that line numbers stay and a
// helper named in a comment ("was read_u32le") is no evidence. String and character literals
// are skipped whole so that a "//" inside one starts no comment.
QByteArray withoutCComments(const QByteArray &text)
{
    QByteArray out = text;
    enum { InCode, InLine, InBlock, InString, InChar } state = InCode;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char c = out.at(i);
        const char next = i + 1 < out.size() ? out.at(i + 1) : '\0';
        switch (state) {
        case InCode:
            if (c == '/' && next == '/') {
                state = InLine;
                out[i] = ' ';
            } else if (c == '/' && next == '*') {
                state = InBlock;
                out[i] = ' ';
                out[++i] = ' ';
            } else if (c == '"') {
                state = InString;
            } else if (c == '\'') {
                state = InChar;
            }
            break;
        case InLine:
            if (c == '\n')
                state = InCode;
            else
                out[i] = ' ';
            break;
        case InBlock:
            if (c == '*' && next == '/') {
                out[i] = ' ';
                out[++i] = ' ';
                state = InCode;
            } else if (c != '\n') {
                out[i] = ' ';
            }
            break;
        case InString:
        case InChar:
            if (c == '\\')
                ++i;
            else if (c == (state == InString ? '"' : '\'') || c == '\n')
                state = InCode;
            break;
        }
    }
    return out;
}

// A Python line without its `#` comment (a `#` inside a string literal stays).
QByteArray withoutPythonComment(const QByteArray &line)
{
    char quote = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (quote) {
            if (c == '\\')
                ++i;
            else if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '#') {
            return line.left(i);
        }
    }
    return line;
}

CheckoutLayout::Evidence evidenceAt(
    const QString &file, const QList<QByteArray> &lines, int index, PayloadFormat::Layout layout)
{
    return {file, index + 1, QString::fromUtf8(lines.at(index)).trimmed(), layout};
}

// Decides between the lines of each width, preferring `preferred` (field reads) over `others`.
LayoutVerdict decideLayout(const QString &file, const QList<QByteArray> &lines, const QList<int> (&preferred)[2],
    const QList<int> (&others)[2])
{
    const QList<int>(&use)[2] = !preferred[0].isEmpty() || !preferred[1].isEmpty() ? preferred : others;
    LayoutVerdict verdict;
    if (!use[0].isEmpty() && !use[1].isEmpty()) {
        verdict.ambiguous = true;
        verdict.ambiguousLine = std::min(use[0].constFirst(), use[1].constFirst()) + 1;
    } else if (!use[0].isEmpty()) {
        verdict.evidence = evidenceAt(file, lines, use[0].constFirst(), PayloadFormat::Layout::U32);
    } else if (!use[1].isEmpty()) {
        verdict.evidence = evidenceAt(file, lines, use[1].constFirst(), PayloadFormat::Layout::U64);
    }
    return verdict;
}

LayoutVerdict judgeImporter(const QByteArray &text, const QString &file)
{
    const QList<QByteArray> lines = text.split('\n');
    const QList<QByteArray> code = withoutCComments(text).split('\n');
    // The helper as a whole identifier (not `mts1_read_u32le`), then what its parentheses open with.
    static const QRegularExpression helper(
        QStringLiteral("(?<![A-Za-z0-9_])read_u(32|64)le\\s*\\(\\s*([A-Za-z_]\\w*)?"));
    // A parameter list opens with a type; an argument list with an expression.
    static const QRegularExpression typeWord(QStringLiteral(
        "^(const|volatile|unsigned|signed|char|void|int|long|short|struct|FILE|size_t|u?int(8|16|32|64)_t|u8|uint8)$"));
    // A field the importer reads: count, name length, size (any spelling that names one).
    static const QRegularExpression field(QStringLiteral("(?i)(?<!\\w)(?!sizeof\\b)\\w*(count|len|size)\\w*"));
    QList<int> fieldReads[2];
    QList<int> calls[2];
    for (int i = 0; i < code.size(); ++i) {
        const QString line = QString::fromUtf8(code.at(i));
        int widths = 0; // bit 0: u32 call on this line, bit 1: u64 call
        auto it = helper.globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (typeWord.match(m.captured(2)).hasMatch())
                continue; // a definition or declaration
            widths |= m.captured(1) == QLatin1String("32") ? 1 : 2;
        }
        if (!widths)
            continue;
        const bool readsField = field.match(line).hasMatch();
        for (int w = 0; w < 2; ++w) {
            if (!(widths & (1 << w)))
                continue;
            calls[w].append(i);
            if (readsField)
                fieldReads[w].append(i);
        }
    }
    return decideLayout(file, lines, fieldReads, calls);
}

LayoutVerdict judgeGenerator(const QByteArray &text, const QString &file)
{
    const QList<QByteArray> lines = text.split('\n');
    static const QRegularExpression def(QStringLiteral("^(\\s*)def\\s+_create_raw_container_image\\b"));
    // A struct format of little-endian standard-size unsigned integers only: "<I", "<II", "<2Q".
    static const QRegularExpression format(QStringLiteral("[rbuRBU]?([\"'])<((?:\\d*[ILQ])+)\\1"));
    int start = -1;
    qsizetype indent = 0;
    for (int i = 0; i < lines.size() && start < 0; ++i) {
        const QRegularExpressionMatch m = def.match(QString::fromUtf8(lines.at(i)));
        if (m.hasMatch()) {
            start = i;
            indent = m.capturedLength(1);
        }
    }
    if (start < 0)
        return {};
    QList<int> packs[2];
    for (int i = start + 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(withoutPythonComment(lines.at(i)));
        if (line.trimmed().isEmpty())
            continue;
        qsizetype lineIndent = 0;
        while (lineIndent < line.size() && line.at(lineIndent).isSpace())
            ++lineIndent;
        if (lineIndent <= indent)
            break; // the method ends at the first line indented no deeper than its `def`
        auto it = format.globalMatch(line);
        while (it.hasNext()) {
            const QString letters = it.next().captured(2).remove(QRegularExpression(QStringLiteral("\\d")));
            const bool wide = letters.contains(QLatin1Char('Q'));
            const bool narrow = letters.contains(QLatin1Char('I')) || letters.contains(QLatin1Char('L'));
            if (wide != narrow && !packs[wide ? 1 : 0].contains(i))
                packs[wide ? 1 : 0].append(i);
        }
    }
    const QList<int> none[2] = {};
    return decideLayout(file, lines, packs, none);
}

// Version order, numbers compared as numbers: "1.9" before "1.10". (QCollator's numeric mode
// needs ICU, which a build may lack.)
bool versionLess(const QString &a, const QString &b)
{
    static const QRegularExpression part(QStringLiteral("\\d+|\\D+"));
    auto i = part.globalMatch(a);
    auto j = part.globalMatch(b);
    while (i.hasNext() && j.hasNext()) {
        const QString x = i.next().captured();
        const QString y = j.next().captured();
        if (x == y)
            continue;
        if (x.at(0).isDigit() && y.at(0).isDigit()) {
            // Leading zeros aside, the longer run of digits is the larger number.
            const QString u = x.mid(x.indexOf(QRegularExpression(QStringLiteral("[1-9]|0$"))));
            const QString v = y.mid(y.indexOf(QRegularExpression(QStringLiteral("[1-9]|0$"))));
            if (u.size() != v.size())
                return u.size() < v.size();
            if (u != v)
                return u < v;
            continue;
        }
        return x < y;
    }
    return !i.hasNext() && j.hasNext();
}

// The file's bytes, or nullopt when it cannot be read; `tooLarge` when it is over the bound.
std::optional<QByteArray> readBounded(const QString &path, bool *tooLarge)
{
    QFile file(path);
    *tooLarge = false;
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray data = file.read(CheckoutLayout::MaxSourceBytes + 1);
    if (data.size() > CheckoutLayout::MaxSourceBytes) {
        *tooLarge = true;
        return std::nullopt;
    }
    return data;
}

} // namespace

QString CheckoutLayout::Finding::codeKey(Code code)
{
    switch (code) {
    case LayoutFindingCode::ImporterGeneratorDisagree:
        return QStringLiteral("importer-generator-disagree");
    case LayoutFindingCode::ImporterAmbiguous:
        return QStringLiteral("importer-ambiguous");
    case LayoutFindingCode::GeneratorAmbiguous:
        return QStringLiteral("generator-ambiguous");
    case LayoutFindingCode::SeveralImporters:
        return QStringLiteral("several-importers");
    case LayoutFindingCode::SourceTooLarge:
        break;
    }
    return QStringLiteral("source-too-large");
}

QString CheckoutLayout::sourceKey(Source source)
{
    switch (source) {
    case Source::Importer:
        return QStringLiteral("importer");
    case Source::Generator:
        return QStringLiteral("generator");
    case Source::Default:
        break;
    }
    return QStringLiteral("default");
}

std::optional<CheckoutLayout::Evidence> CheckoutLayout::evidence() const
{
    switch (m_source) {
    case Source::Importer:
        return m_importer;
    case Source::Generator:
        return m_generator;
    case Source::Default:
        break;
    }
    return std::nullopt;
}

QString CheckoutLayout::describeSource() const
{
    switch (m_source) {
    case Source::Importer:
        //: %1 a file of the checkout, %2 its line number, %3 the line's text
        return tr("importer %1:%2: %3").arg(m_importer->file, QString::number(m_importer->line), m_importer->text);
    case Source::Generator:
        //: %1 a file of the checkout, %2 its line number, %3 the line's text
        return tr("generator %1:%2: %3").arg(m_generator->file, QString::number(m_generator->line), m_generator->text);
    case Source::Default:
        break;
    }
    return tr("the checkout does not say; %1 assumed").arg(PayloadFormat::layoutName(m_layout));
}

CheckoutLayout CheckoutLayout::judge(const std::optional<QByteArray> &importer, const QString &importerFile,
    const std::optional<QByteArray> &generator, const QString &generatorFile)
{
    CheckoutLayout result;
    const auto at = [](const QString &file, int line) {
        return QStringLiteral("%1:%2").arg(file).arg(line);
    };
    if (importer) {
        const LayoutVerdict v = judgeImporter(*importer, importerFile);
        result.m_importer = v.evidence;
        if (v.ambiguous)
            result.m_findings.append({LayoutFindingCode::ImporterAmbiguous, importerFile, v.ambiguousLine,
                tr("%1 reads the count, name length or size with both read_u32le and read_u64le; it does not tell "
                   "which layout it reads")
                    .arg(at(importerFile, v.ambiguousLine))});
    }
    if (generator) {
        const LayoutVerdict v = judgeGenerator(*generator, generatorFile);
        result.m_generator = v.evidence;
        if (v.ambiguous)
            result.m_findings.append({LayoutFindingCode::GeneratorAmbiguous, generatorFile, v.ambiguousLine,
                tr("%1: _create_raw_container_image packs both 4-byte and 8-byte fields; it "
                   "does not tell which layout it writes")
                    .arg(at(generatorFile, v.ambiguousLine))});
    }
    if (result.m_importer) {
        result.m_source = Source::Importer;
        result.m_layout = result.m_importer->layout;
    } else if (result.m_generator) {
        result.m_source = Source::Generator;
        result.m_layout = result.m_generator->layout;
    }
    if (result.m_importer && result.m_generator && result.m_importer->layout != result.m_generator->layout) {
        const Evidence &i = *result.m_importer;
        const Evidence &g = *result.m_generator;
        result.m_findings.append({LayoutFindingCode::ImporterGeneratorDisagree, i.file, i.line,
            tr("the importer reads %1 (%2: %3) but the generator writes %4 (%5: %6); the importer reads the image "
               "at boot, so %1 is used")
                .arg(PayloadFormat::layoutName(i.layout), at(i.file, i.line), i.text,
                    PayloadFormat::layoutName(g.layout), at(g.file, g.line), g.text)});
    }
    return result;
}

CheckoutLayout CheckoutLayout::read(const QString &root)
{
    const QDir checkout(root);
    QList<Finding> notes;
    // steps/payload-import-<version>: the highest version is the one a checkout builds.
    QStringList versions = QDir(checkout.filePath(QStringLiteral("steps")))
                               .entryList({QStringLiteral("payload-import-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    versions.erase(std::remove_if(versions.begin(), versions.end(),
                       [&](const QString &dir) {
                           return !QFile::exists(
                               checkout.filePath(QStringLiteral("steps/%1/src/payload-import.c").arg(dir)));
                       }),
        versions.end());
    std::sort(versions.begin(), versions.end(), versionLess);

    std::optional<QByteArray> importer;
    QString importerFile;
    bool tooLarge = false;
    if (!versions.isEmpty()) {
        importerFile = QStringLiteral("steps/%1/src/payload-import.c").arg(versions.constLast());
        importer = readBounded(checkout.filePath(importerFile), &tooLarge);
        if (versions.size() > 1)
            notes.append({LayoutFindingCode::SeveralImporters, importerFile, 0,
                tr("the checkout has %1 importers (%2); %3, the highest version, is the one judged")
                    .arg(QString::number(versions.size()), versions.join(QLatin1String(", ")), importerFile)});
        if (tooLarge)
            notes.append({LayoutFindingCode::SourceTooLarge, importerFile, 0,
                tr("%1 is larger than %2 bytes; it is not read").arg(importerFile, QString::number(MaxSourceBytes))});
    }
    const QString generatorFile = generatorPath();
    const std::optional<QByteArray> generator = readBounded(checkout.filePath(generatorFile), &tooLarge);
    if (tooLarge)
        notes.append({LayoutFindingCode::SourceTooLarge, generatorFile, 0,
            tr("%1 is larger than %2 bytes; it is not read").arg(generatorFile, QString::number(MaxSourceBytes))});

    CheckoutLayout result = judge(importer, importerFile, generator, generatorFile);
    result.m_findings = notes + result.m_findings;
    return result;
}
