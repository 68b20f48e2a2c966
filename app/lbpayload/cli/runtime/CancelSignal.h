// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <atomic>

// Turns Ctrl-C (SIGINT), SIGTERM and SIGHUP into a cancel request, so that a long job stops
// at its next chunk and removes what it had half-written instead of dying in the middle. A
// second signal ends the process at once, for a job that does not get to its next chunk.
namespace CancelSignal {
// Installs the handlers; idempotent. Commands that write or hash call it; the others keep the
// default action, since they have nothing to clean up.
void install();
// The flag the handlers set; lives as long as the process.
const std::atomic<bool> &flag();
// True once a signal has asked to stop.
bool raised();
} // namespace CancelSignal
