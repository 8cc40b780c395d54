#ifndef POLICY_WIZARD_GLOBAL_EXECUTOR_HOOK_H
#define POLICY_WIZARD_GLOBAL_EXECUTOR_HOOK_H

#include <stdbool.h>

/// Where Swift concurrency's global executor sends a job instead of Dispatch's pool: called
/// with the job (a `Job *`, Swift's `UnownedJob`).
typedef void (*policy_wizard_enqueue_job)(void *job);

/// Points the Swift runtime's `swift_task_enqueueGlobal_hook` at `enqueue`: every job for the
/// global concurrent executor goes there. False (nothing changed) when a hook is already set.
/// Call once, on the main thread, before any task starts.
bool policy_wizard_install_global_enqueue(policy_wizard_enqueue_job enqueue);

#endif
