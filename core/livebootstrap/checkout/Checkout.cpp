// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "Checkout.h"
#include "SourcesFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
// Reads a whole small text file; false when it is missing or unreadable.
bool readText(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    *data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = file.errorString();
        return false;
    }
    return true;
}
} // namespace

QString Checkout::manifestPath() const
{
    return m_root + QStringLiteral("/steps/manifest");
}

QString Checkout::defaultDistfilesDir() const
{
    return m_root + QStringLiteral("/distfiles");
}

QStringList Checkout::improveSteps() const
{
    QStringList names;
    for (const ManifestStep &step : m_steps)
        if (step.directive == QLatin1String("improve") && !names.contains(step.name))
            names << step.name;
    return names;
}

bool Checkout::load(const QString &root, bool withGuix)
{
    *this = Checkout{};
    m_root = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    m_withGuix = withGuix;
    if (!QFileInfo(root).isDir()) {
        m_error = tr("%1: not a folder").arg(root);
        return false;
    }
    if (!readManifest(QStringLiteral("steps"), false))
        return false;
    if (withGuix && !readManifest(QStringLiteral("steps-guix"), true))
        return false;
    return true;
}

bool Checkout::readManifest(const QString &dir, bool guix)
{
    const QString stepsDir = m_root + QLatin1Char('/') + dir;
    const QString manifest = stepsDir + QStringLiteral("/manifest");
    QByteArray data;
    QString why;
    if (!readText(manifest, &data, &why)) {
        m_error = guix ? tr("%1: cannot read the Guix manifest (--build-guix-also): %2").arg(manifest, why)
                       : tr("%1: not a live-bootstrap checkout: cannot read %2: %3").arg(m_root, manifest, why);
        return false;
    }
    const QList<ManifestStep> steps = StepManifest::parse(data, manifest, &m_findings);
    (guix ? m_guixSteps : m_steps) = steps;
    for (const ManifestStep &step : steps) {
        if (step.directive != QLatin1String("build"))
            continue;
        BuildStepSources entry;
        entry.step = step;
        entry.guix = guix;
        const QString sourcesPath = stepsDir + QLatin1Char('/') + step.name + QStringLiteral("/sources");
        QByteArray sources;
        if (QFileInfo::exists(sourcesPath)) {
            if (!readText(sourcesPath, &sources, &why)) {
                m_findings.append(CheckoutFinding{CheckoutFinding::Severity::Error, sourcesPath, 0,
                    tr("cannot read the sources file: %1").arg(why)});
            } else {
                entry.hasSourcesFile = true;
                entry.sources = SourcesFile::parse(sources, sourcesPath, step.name, &m_findings);
                for (DistfileSource &source : entry.sources)
                    source.guix = guix;
            }
        }
        m_buildSteps.append(entry);
    }
    return true;
}
