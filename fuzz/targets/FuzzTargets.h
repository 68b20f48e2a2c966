// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The bodies of the libFuzzer targets, as plain functions of the input bytes. The fuzz build
// wraps each in LLVMFuzzerTestOneInput (fuzz/fuzz_*.cpp); the normal build links the same
// functions into tst_fuzz_regressions, which replays every file of
// tests/data/fuzz-regressions/<target>/ through them. So a crash found by fuzzing stays a test
// on every build, with or without sanitizers.
//
// Each function returns normally for any input: malformed data is the expected case. Only a
// crash, a sanitizer report, a leak or a hang is a finding.
namespace FuzzTargets {

// "image-reader": the bytes as an image file (PayloadReader::open with layout detection and
// with each layout forced) and as a stream (openStream); every finding made, every entry's
// device read to its end.
void imageReader(const QByteArray &data);

// "first-image": the bytes as a first boot disk (FirstImageReader::open: stages, script,
// findings, budget), every record's device read to its end; ImageKind::detect and the Fiwix
// figure's parser on the same bytes.
void firstImage(const QByteArray &data);

// "manifests": Manifest::parse (JSON, TSV, sha256sum, told apart by content), a parsed
// manifest written back in all three formats and parsed again, and SourceList::parse
// (upstream's `<name> <path>` list).
void manifests(const QByteArray &data);

// "livebootstrap": StepManifest::parse (`steps/manifest`), SourcesFile::parse (`sources`), and
// CheckoutLayout::judge of the bytes as a checkout's importer source and generator (each alone,
// the same text as both, and the bytes before the first NUL as the importer with those after
// it as the generator).
void liveBootstrap(const QByteArray &data);

// "archive": the first byte picks a distfile name from archiveNames(); the rest is that
// distfile, inspected (ArchiveInspector, with data verification) and integrity-tested
// (IntegrityTester).
void archive(const QByteArray &data);

// The distfile names the archive target chooses from: every extension the kind detection
// knows, and names that promise nothing.
QStringList archiveNames();

// The target of a name ("image-reader", ...) for the replay test; nullptr when unknown.
using Target = void (*)(const QByteArray &);
Target byName(const QString &name);
QStringList names();

} // namespace FuzzTargets
