// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "CheckoutFinding.h"
#include "DistfileSource.h"
#include "StepManifest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// A build step of the checkout and the distfiles its sources file lists.
struct BuildStepSources
{
    ManifestStep step;
    bool guix = false; // from steps-guix/manifest
    bool hasSourcesFile = false; // upstream skips a build step without one, silently
    QList<DistfileSource> sources; // in file order, exact repeats included
};

// A live-bootstrap checkout as upstream's generator sees it: `steps/manifest`, the `sources`
// file of each build step and, with `--build-guix-also`, the same under `steps-guix/`.
// Loading reads only these small text files; nothing is hashed or downloaded.
class Checkout
{
    Q_DECLARE_TR_FUNCTIONS(Checkout)
public:
    // Reads the checkout at `root`. Returns false and sets error() when `root` is not a
    // checkout (no readable steps/manifest), or when `withGuix` is set and
    // steps-guix/manifest cannot be read. Malformed lines do not fail the load: they are
    // in findings(). A missing sources file is no finding (upstream skips it too).
    [[nodiscard]] bool load(const QString &root, bool withGuix = false);

    QString root() const { return m_root; }
    QString error() const { return m_error; }
    bool withGuix() const { return m_withGuix; }
    // `<root>/steps/manifest`.
    QString manifestPath() const;
    // Where upstream keeps the distfiles: `<root>/distfiles`.
    QString defaultDistfilesDir() const;

    // Every line of steps/manifest (then steps-guix/manifest), in order.
    const QList<ManifestStep> &steps() const { return m_steps; }
    const QList<ManifestStep> &guixSteps() const { return m_guixSteps; }
    // The build steps of both manifests in order, each with its sources.
    const QList<BuildStepSources> &buildSteps() const { return m_buildSteps; }
    // The names of the `improve:` steps of steps/manifest, in order, for a split-step choice.
    QStringList improveSteps() const;
    // Everything the parsers reported, in file order.
    const CheckoutFindings &findings() const { return m_findings; }

private:
    bool readManifest(const QString &dir, bool guix);

    QString m_root;
    QString m_error;
    bool m_withGuix = false;
    QList<ManifestStep> m_steps;
    QList<ManifestStep> m_guixSteps;
    QList<BuildStepSources> m_buildSteps;
    CheckoutFindings m_findings;
};
