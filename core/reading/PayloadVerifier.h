// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "ImporterFinding.h"
#include "JobControl.h"
#include "Manifest.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QIODevice;

// What a verification found. ok() is the single answer scripts need.
struct VerifyReport
{
    bool opened = false; // the image could be read and its structure is sound
    QString structureError; // set when !opened
    bool canceled = false;
    PayloadFormat::Layout layout = PayloadFormat::Layout::U32;
    int entryCount = 0;
    ImporterFindings findings;
    bool manifestChecked = false;
    int hashesChecked = 0;
    QStringList mismatches; // one line each: entry, what differs
    QString ioError;

    bool importerAccepts() const { return opened && !hasImporterErrors(findings); }
    bool ok() const { return opened && !canceled && ioError.isEmpty() && importerAccepts() && mismatches.isEmpty(); }
};

// Re-reads an image, checks its structure and the importer's rules, and, given a manifest,
// every entry's size and hash. Entries are matched by position when the manifest lists the
// same names in the same order, else by name.
class PayloadVerifier
{
    Q_DECLARE_TR_FUNCTIONS(PayloadVerifier)
public:
    static VerifyReport verify(
        const QString &imagePath, const std::optional<Manifest> &manifest, const JobControl &control = {});
    // The same for a stream (standard input), read once front to back, hashing as it goes.
    static VerifyReport verifyStream(QIODevice *device, const QString &displayName,
        const std::optional<Manifest> &manifest, const JobControl &control = {});

private:
    static void compare(const QList<QByteArray> &names, const QList<qint64> &sizes, const QList<QByteArray> &digests,
        const Manifest &manifest, VerifyReport &report);
};
