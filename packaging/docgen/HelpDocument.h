// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The structure of a help text as QCommandLineParser lays it out, and as lbpayload extends
// it: a usage line, description paragraphs, titled sections of indented items ("Options:",
// "Arguments:", "Commands:", "Examples:", ...), and closing paragraphs. The man pages and
// completions are made from this, so they say exactly what --help says.
class HelpDocument
{
public:
    // One entry of a section: the term in the left column ("-o, --output <OUT>", a command
    // name, an example's command line) and its text, continuation lines joined by spaces.
    struct Item
    {
        QString term;
        QString text;
    };
    struct Section
    {
        QString title; // without the colon
        QList<Item> items;
    };

    // Parses `text`, the output of `--help` in English. A text without a "Usage: " line
    // gives an empty usage.
    static HelpDocument parse(const QString &text);

    QString usage; // after "Usage: ", program name included
    QStringList description; // paragraphs before the first section
    QList<Section> sections;
    QStringList notes; // paragraphs after the sections

    // The section titled `title`, or an empty one.
    Section section(const QString &title) const;
};
