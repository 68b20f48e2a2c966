// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "DistfileSource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Checkout;

// One distfile the bootstrap needs, once per file name in the external half.
struct PlannedDistfile
{
    enum class Half { FirstImage, ExternalImage };

    Half half = Half::ExternalImage;
    QString fileName;
    QByteArray sha256;
    // Every URL that names this file, in the order met (no `_`); a fetch tries them in turn.
    QStringList urls;
    // Every sources line that lists this file (for "which package needs it" and messages).
    QList<DistfileSource> origins;

    // The URLs a fetch tries, in order: `<mirror>/<file name>` (percent-encoded) for each
    // non-empty mirror in the order given, then urls. A URL is listed once.
    QStringList candidateUrls(const QStringList &mirrors) const;
};

// Upstream's split of a checkout's distfiles between the first boot image and external.img:
// the sources of every build step before `improve: <split step>` go into the first image,
// in manifest order, one per (sha256, url, file name) tuple; every other distfile of the
// whole manifest (and of steps-guix/ with --build-guix-also) goes into the external image,
// one per file name, sorted by name as upstream's generator writes them.
class DistfilePlan
{
    Q_DECLARE_TR_FUNCTIONS(DistfilePlan)
public:
    static QString defaultSplitStep() { return QStringLiteral("import_payload"); }

    // Splits `checkout` at `improve: <splitStep>`. Returns false and sets errors() when the
    // manifest has no such step (the message names it and lists the improve steps there
    // are), or when one file name is listed with two different checksums (each message names
    // both sources lines and their steps): a distfiles folder cannot hold both.
    [[nodiscard]] bool build(const Checkout &checkout, const QString &splitStep = defaultSplitStep());

    const QStringList &errors() const { return m_errors; }
    QString splitStep() const { return m_splitStep; }
    int splitLine() const { return m_splitLine; } // line of `improve: <split>` in steps/manifest

    // The first image's distfiles, manifest order; the same file name can appear twice
    // here when two tuples differ only in their URL, as upstream keeps them.
    const QList<PlannedDistfile> &firstImage() const { return m_first; }
    // The external image's distfiles, one per file name, sorted by name.
    const QList<PlannedDistfile> &externalImage() const { return m_external; }
    // Both halves, first image then external: the index space the checker and models use.
    QList<PlannedDistfile> all() const { return m_first + m_external; }
    // Every distinct file name of the plan, for telling the extra files of a folder.
    QStringList fileNames() const;

private:
    QString m_splitStep;
    int m_splitLine = 0;
    QStringList m_errors;
    QList<PlannedDistfile> m_first;
    QList<PlannedDistfile> m_external;
};
