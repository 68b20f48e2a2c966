// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "HelpDocument.h"

namespace {
qsizetype indentOf(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == QLatin1Char(' '))
        ++i;
    return i;
}

// A title stands at the margin, ends with a colon, and the line after it is indented.
bool isTitle(const QStringList &lines, qsizetype i)
{
    const QString &line = lines.at(i);
    return !line.isEmpty() && indentOf(line) == 0 && line.endsWith(QLatin1Char(':')) && i + 1 < lines.size() &&
        indentOf(lines.at(i + 1)) > 0;
}

// "  -o, --output <OUT>   Text" splits at the first run of two or more spaces after the term;
// an example's command line has no such run and is all term.
HelpDocument::Item splitItem(const QString &line)
{
    const QString body = line.trimmed();
    const qsizetype gap = body.indexOf(QLatin1String("  "));
    if (gap < 0)
        return {body, {}};
    return {body.left(gap), body.mid(gap).trimmed()};
}

void appendText(QString *to, const QString &more)
{
    if (more.isEmpty())
        return;
    if (!to->isEmpty())
        *to += QLatin1Char(' ');
    *to += more;
}
} // namespace

HelpDocument HelpDocument::parse(const QString &text)
{
    HelpDocument doc;
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QString usagePrefix = QStringLiteral("Usage: ");
    qsizetype i = 0;
    if (!lines.isEmpty() && lines.constFirst().startsWith(usagePrefix)) {
        doc.usage = lines.constFirst().mid(usagePrefix.size()).trimmed();
        i = 1;
    }
    // Paragraphs at the margin go to the description until the first section, then to the notes.
    QString paragraph;
    auto endParagraph = [&] {
        if (!paragraph.isEmpty())
            (doc.sections.isEmpty() ? doc.description : doc.notes).append(paragraph);
        paragraph.clear();
    };
    while (i < lines.size()) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            endParagraph();
            ++i;
            continue;
        }
        if (!isTitle(lines, i)) {
            appendText(&paragraph, line.trimmed());
            ++i;
            continue;
        }
        endParagraph();
        Section section {line.chopped(1), {}};
        ++i;
        // Items start at the section's own indent; deeper lines continue the item before.
        const qsizetype itemIndent = indentOf(lines.at(i));
        for (; i < lines.size() && !lines.at(i).trimmed().isEmpty() && indentOf(lines.at(i)) > 0; ++i) {
            if (indentOf(lines.at(i)) == itemIndent || section.items.isEmpty())
                section.items.append(splitItem(lines.at(i)));
            else
                appendText(&section.items.last().text, lines.at(i).trimmed());
        }
        doc.sections.append(section);
    }
    endParagraph();
    return doc;
}

HelpDocument::Section HelpDocument::section(const QString &title) const
{
    for (const Section &s : sections)
        if (s.title == title)
            return s;
    return {title, {}};
}
