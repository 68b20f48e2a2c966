// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "JobControl.h"
#include "PayloadFormat.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Checkout;
class DistfilePlan;
class FirstImageReader;
class PayloadReader;

// One reason the two disks do not belong together or to the checkout.
struct DiskPairProblem
{
    enum class Code {
        MissingDistfile, // a distfile of the plan is on neither disk where it must be
        ChecksumMismatch, // on the right disk, with other bytes than the sources line says
        MisplacedDistfile, // a first-half distfile only on external.img: needed before the import
        LayoutMismatch, // external.img is not in the layout the checkout's importer reads
        StaleStep, // a file under steps/ differs from the checkout's
        MissingStep, // a file of the checkout's steps/ is not in init.img
        ExtraStep, // init.img holds a steps/ file the checkout does not have
        FirstImageError, // init.img itself breaks a builder-hex0 rule
        ExternalImageError, // external.img itself breaks an importer rule
    };
    Code code = Code::MissingDistfile;
    QString disk; // the image the problem is on (its path), or the checkout for missing steps
    QString subject; // the distfile or path concerned, empty for whole-disk problems
    QString message; // translated, complete

    // The stable key of JSON output, e.g. "stale-step".
    static QString codeKey(Code code);
};

// Whether init.img and external.img boot together from one checkout: every distfile of the
// first half in init.img's external/distfiles/ with its checksum, every distfile of the
// second half in external.img, in the layout the checkout's importer reads, the srcfs's
// steps/ files equal to the checkout's (a difference means an image made from an older
// checkout), and neither image breaking its own reader's rules.
//
// Memory stays flat: data is hashed a range at a time, and only the paths are kept. Files are
// hashed only where sizes already agree, since a size difference answers the question.
class DiskPairCheck
{
    Q_DECLARE_TR_FUNCTIONS(DiskPairCheck)
public:
    // What the CLI and the GUI ask for: everything by path.
    struct Request
    {
        QString checkoutRoot;
        QString splitStep; // empty: improve: import_payload
        bool guix = false;
        QString firstImage; // init.img: a file or a block device
        QString externalImage; // external.img: a file or a block device
        // What the checkout's importer reads and where that was read, for the messages:
        // fill both with fromCheckout(); nullopt when the checkout does not say.
        std::optional<PayloadFormat::Layout> importerLayout;
        QString layoutSource;

        // A request whose layout is the one CheckoutLayout reads from `checkoutRoot`.
        static Request fromCheckout(const QString &checkoutRoot);
    };

    // Loads the checkout and its plan, reads both images (the first with the checkout's Fiwix
    // figure), then runs the check. Returns false
    // and sets error() when the checkout cannot be loaded or split, an image cannot be read
    // or is not of its kind, or on a cancel; the readers that could be read are kept.
    [[nodiscard]] bool check(const Request &request, const JobControl &control = {});

    // `importerLayout`: what the checkout's importer reads (nullopt when the checkout does not
    // say; the layout is then not checked and a note says so); `layoutSource` says where that
    // came from, for the message. Returns false and sets error() when a file cannot be read or
    // `control` cancels (wasCanceled()); true when the check ran, whatever it found: holds()
    // says whether all is well.
    [[nodiscard]] bool run(const Checkout &checkout, const DistfilePlan &plan, const FirstImageReader &first,
        const PayloadReader &external, std::optional<PayloadFormat::Layout> importerLayout, const QString &layoutSource,
        const JobControl &control = {});

    QString error() const { return m_error; }
    bool wasCanceled() const { return m_canceled; }
    bool holds() const { return m_problems.isEmpty(); }
    const QList<DiskPairProblem> &problems() const { return m_problems; }
    // What was checked and found well, one translated line each.
    const QStringList &notes() const { return m_notes; }

    int firstHalfChecked() const { return m_firstChecked; }
    int externalChecked() const { return m_externalChecked; }
    int stepFilesChecked() const { return m_stepsChecked; }

private:
    bool checkDistfiles(const DistfilePlan &plan, const FirstImageReader &first, const PayloadReader &external,
        const JobControl &control);
    bool checkSteps(const Checkout &checkout, const FirstImageReader &first, const JobControl &control);
    // The digests of the given records or entries (index-aligned with the image's list),
    // hashed on every core; error() set on failure or a cancel.
    QList<QByteArray> hashFirst(const FirstImageReader &first, const QList<int> &records, const JobControl &control);
    QList<QByteArray> hashExternal(const PayloadReader &external, const QList<int> &entries, const JobControl &control);
    JobControl offsetControl(const JobControl &control) const;
    void finishHashing(int count, const std::function<qint64(int)> &sizeOf, bool canceled);
    void problem(DiskPairProblem::Code code, const QString &disk, const QString &subject, const QString &message);

    QString m_error;
    bool m_canceled = false;
    QList<DiskPairProblem> m_problems;
    QStringList m_notes;
    int m_firstChecked = 0;
    int m_externalChecked = 0;
    int m_stepsChecked = 0;
    qint64 m_done = 0;
    qint64 m_total = 0;
};
