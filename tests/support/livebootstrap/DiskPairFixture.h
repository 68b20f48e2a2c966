// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "BuilderHex0Fixture.h"
#include "Checkout.h"
#include "CheckoutFixture.h"
#include "CheckoutImageBuilder.h"
#include "DistfilePlan.h"
#include "FirstImageWriter.h"
#include "PayloadWriter.h"

#include <QDebug>
#include <QDirIterator>

// The two disks of a kernel-bootstrap run made from one checkout, as upstream prepares them
// (init.img from target/init, external.img from the external half), with one thing about
// them put wrong where a case asks: for the pair check's suites (core, CLI, GUI).
namespace DiskPairFixture {

struct Disks
{
    QString checkout;
    QString first;
    QString external;
};

enum class Damage {
    None,
    ChangedStep,
    NewStepInCheckout,
    StepOnlyInImage,
    WrongFirstDistfile,
    FirstDistfileOnExternal,
    U64Importer,
    MissingExternal
};

inline bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(path, target))
            return false;
    }
    return true;
}

// A standard checkout with a u32 importer, a step script and builder-hex0, the prepared
// folder target/init as rootfs.py fills it (minus stage0-posix, which the check does not
// look at), and both disks.
inline Disks make(const QString &folder, Damage damage)
{
    const QString root = folder + QStringLiteral("/live-bootstrap");
    CheckoutFixture fixture(root);
    fixture.writeStandard();
    fixture.setImporter(false);
    fixture.put(QStringLiteral("steps/pkg-a/pass1.kaem"), "make\nmake install\n");
    if (!BuilderHex0Fixture::write(root + QStringLiteral("/builder-hex0")))
        return {};

    const QString init = root + QStringLiteral("/target/init");
    if (!copyTree(root + QStringLiteral("/steps"), init + QStringLiteral("/steps")))
        return {};
    Checkout checkout;
    DistfilePlan plan;
    if (!checkout.load(root) || !plan.build(checkout))
        return {};
    for (const PlannedDistfile &d : plan.firstImage()) {
        QByteArray content = CheckoutFixture::contentOf(d.fileName);
        if (damage == Damage::WrongFirstDistfile)
            content += "changed";
        if (damage == Damage::FirstDistfileOnExternal && d.fileName == QLatin1String("beta-2.tar.xz"))
            continue;
        fixture.put(QStringLiteral("target/init/external/distfiles/") + d.fileName, content);
    }
    if (damage == Damage::StepOnlyInImage)
        fixture.put(QStringLiteral("target/init/steps/pkg-old/pass1.kaem"), "old\n");

    Disks disks {root, root + QStringLiteral("/target/init.img"), root + QStringLiteral("/target/external.img")};
    FirstImageWriter writer;
    if (!writer.write(init, disks.first)) {
        qWarning() << writer.error();
        return {};
    }
    DistfilePlan external = plan;
    // An external disk of a later split lacks what comes before improve: get_network.
    if (damage == Damage::MissingExternal && !external.build(checkout, QStringLiteral("get_network")))
        return {};
    if (damage == Damage::FirstDistfileOnExternal) {
        // The external half and beta-2.tar.xz, which init.img lacks.
        QList<BuildEntry> entries;
        const QStringList names = CheckoutFixture::standardExternalImage() << QStringLiteral("beta-2.tar.xz");
        for (const QString &name : names)
            entries << BuildEntry::fromFile(fixture.distfile(name), name.toUtf8());
        BuildOptions options;
        options.sortByName = true;
        BuildPlan build(entries, options);
        PayloadWriter payload;
        if (!payload.write(build, disks.external)) {
            qWarning() << payload.error();
            return {};
        }
    } else {
        CheckoutImageBuilder builder;
        if (!builder.build(external, fixture.distfilesDir(), disks.external, nullptr, {})) {
            qWarning() << builder.errorString() << builder.problems();
            return {};
        }
    }

    // What changes in the checkout after the disks were made.
    if (damage == Damage::ChangedStep)
        fixture.put(QStringLiteral("steps/pkg-a/pass1.kaem"), "make -j1\nmake install\n");
    if (damage == Damage::NewStepInCheckout)
        fixture.put(QStringLiteral("steps/pkg-b/pass1.kaem"), "new\n");
    if (damage == Damage::U64Importer)
        fixture.setImporter(true);
    return disks;
}

} // namespace DiskPairFixture
